import { db } from '@/lib/db'
import { fromScheduler } from '@/lib/cron'

// A project helper hashing both sides answers; its result is awaited and tested.
// ok: CLK101
export async function POST(req: Request) {
  const trusted = await fromScheduler(req)
  if (!trusted) return Response.json({ error: 'unauthorized' }, { status: 401 })
  await db.digest.create({ data: { sentAt: new Date() } })
  return Response.json({ ok: true })
}
