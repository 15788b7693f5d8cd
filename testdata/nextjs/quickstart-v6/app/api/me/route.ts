import { currentUser } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  const user = await currentUser()
  if (!user) {
    return NextResponse.json({ error: 'Not signed in' }, { status: 401 })
  }
  return NextResponse.json({ id: user.id, email: user.primaryEmailAddress?.emailAddress })
}
