import { timingSafeEqual } from 'crypto'
import { db } from '@/lib/db'

// Constant-time, but against a word in the code.
// ruleid: CLK101
export async function POST(req: Request) {
  const given = Buffer.from(req.headers.get('authorization') ?? '')
  const wanted = Buffer.from('Bearer letmein')
  const ok = given.length === wanted.length && timingSafeEqual(given, wanted)
  if (!ok) return new Response('unauthorized', { status: 401 })
  await db.job.deleteMany({ where: { done: true } })
  return Response.json({ ok: true })
}
