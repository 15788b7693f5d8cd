import { db } from '@/lib/db'
import { fromScheduler } from '@/lib/cron'

// The same helper tested inline.
// ok: CLK101
export async function POST(req: Request) {
  if (!(await fromScheduler(req))) {
    return new Response('unauthorized', { status: 401 })
  }
  await db.invoice.updateMany({ where: { due: { lt: new Date() } }, data: { overdue: true } })
  return Response.json({ ok: true })
}
