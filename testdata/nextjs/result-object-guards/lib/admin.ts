import { auth } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

// Answers the error response when the caller is no admin, null when it is.
// ok: CLK101, CLK102
export async function requireAdmin() {
  const { userId, sessionClaims } = await auth()
  if (!userId) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  }
  if (sessionClaims?.metadata?.role !== 'admin') {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 })
  }
  return null
}
