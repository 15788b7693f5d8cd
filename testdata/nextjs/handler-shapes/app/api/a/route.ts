import { auth } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  try {
    const { userId } = await auth()
    if (!userId) {
      return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
    }
    return NextResponse.json({ userId })
  } catch (error) {
    console.error('[A_GET]', error)
    return new NextResponse('Internal error', { status: 500 })
  }
}
