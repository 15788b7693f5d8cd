import { db } from '@/lib/db'

// Only the lengths are compared: any header of the right length passes.
// ruleid: CLK101
export async function POST(req: Request) {
  const given = Buffer.from(req.headers.get('authorization') ?? '')
  const wanted = Buffer.from(`Bearer ${process.env.CRON_SECRET}`)
  const fits = given.length === wanted.length
  if (!fits) return new Response('unauthorized', { status: 401 })
  await db.volunteer.updateMany({ data: { reminded: true } })
  return Response.json({ ok: true })
}
