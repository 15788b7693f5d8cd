import { NextRequest, NextResponse } from 'next/server'
import { db, uploads } from '@/lib/db'
import { keyOrGuest } from '@/lib/keys'

// Any made-up key passes as the guest.
// ruleid: CLK101
export async function POST(req: NextRequest) {
  const key = req.headers.get('x-api-key')
  if (!key) {
    return NextResponse.json({ error: 'API key required' }, { status: 401 })
  }
  const result = await keyOrGuest(key)
  if ('error' in result) {
    return NextResponse.json({ error: result.error }, { status: result.status })
  }
  const { url } = await req.json()
  await db.insert(uploads).values({ ownerId: result.ownerId, url })
  return NextResponse.json({ ok: true })
}
