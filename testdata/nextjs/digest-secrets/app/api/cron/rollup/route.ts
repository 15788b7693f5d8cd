import { createHash, timingSafeEqual } from 'crypto'
import { db } from '@/lib/db'

// Node digests compared in constant time; the failing branch returns.
// ok: CLK101
export async function GET(req: Request) {
  const token = new URL(req.url).searchParams.get('key') ?? ''
  const secret = process.env.ROLLUP_TOKEN ?? ''
  const a = createHash('sha256').update(token).digest()
  const b = createHash('sha256').update(secret).digest()
  if (a.length !== b.length || !timingSafeEqual(a, b)) return new Response('forbidden', { status: 403 })
  await db.report.create({ data: { kind: 'daily' } })
  return Response.json({ ok: true })
}
