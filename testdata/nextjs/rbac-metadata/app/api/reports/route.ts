import { auth } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'
import { canExport } from '@/lib/session'

// The whole handler sits in a try, auth check included: the check returns,
// so the catch cannot swallow it.
// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  try {
    const { userId } = await auth()
    if (!userId) {
      return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
    }
    return NextResponse.json({ owner: userId, reports: [] })
  } catch (error) {
    console.error('[REPORTS_GET]', error)
    return new NextResponse('Internal error', { status: 500 })
  }
}

// auth.protect() throws inside the try; the catch returns, so nothing after
// it runs for a signed-out caller.
// ok: CLK101, CLK102, CLK201, CLK202
export async function POST(req: Request) {
  try {
    const { userId } = await auth.protect()
    const { name } = await req.json()
    return NextResponse.json({ owner: userId, name }, { status: 201 })
  } catch (error) {
    return new NextResponse('Could not create the report', { status: 500 })
  }
}

// ok: CLK101, CLK102, CLK201, CLK202
export async function PUT() {
  if (!(await canExport())) {
    return new NextResponse('Forbidden', { status: 403 })
  }
  return NextResponse.json({ url: '/exports/latest.csv' })
}
