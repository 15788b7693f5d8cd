import { NextRequest, NextResponse } from 'next/server'
import { db, uploads } from '@/lib/db'
import { checkKey } from '@/lib/keys'

// A browser extension's upload, authenticated by the app's own API keys.
// ok: CLK101
export async function POST(req: NextRequest) {
  const key = req.headers.get('x-api-key')
  if (!key) {
    return NextResponse.json({ error: 'API key required' }, { status: 401 })
  }
  const result = await checkKey(key)
  if ('error' in result) {
    return NextResponse.json({ error: result.error }, { status: result.status })
  }
  const { url } = await req.json()
  await db.insert(uploads).values({ ownerId: result.ownerId, url })
  return NextResponse.json({ ok: true })
}
