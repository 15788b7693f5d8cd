import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'

// The same comparison, not wrapped.
// ok: CLK101
export async function GET(req: NextRequest) {
  const header = req.headers.get('authorization')
  const secret = process.env.DIGEST_SECRET
  if (secret && header !== `Bearer ${secret}`) {
    return new Response('Unauthorized', { status: 401 })
  }
  await db.digest.create({ data: { sentAt: new Date() } })
  return Response.json({ ok: true })
}

// Skipped whenever the caller sends no header at all.
// ruleid: CLK101
export async function POST(req: NextRequest) {
  const header = req.headers.get('authorization')
  const secret = process.env.DIGEST_SECRET
  if (header && header !== `Bearer ${secret}`) {
    return new Response('Unauthorized', { status: 401 })
  }
  await db.digest.create({ data: { sentAt: new Date() } })
  return Response.json({ ok: true })
}
