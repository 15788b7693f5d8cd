import { db } from '@/lib/db'

// A NEXT_PUBLIC_ value ships in the browser bundle: it is no secret.
// ruleid: CLK101
export async function POST(req: Request) {
  const header = req.headers.get('authorization')
  if (header !== `Bearer ${process.env.NEXT_PUBLIC_CRON_KEY}`) {
    return new Response('unauthorized', { status: 401 })
  }
  await db.account.deleteMany({ where: { closed: true } })
  return Response.json({ ok: true })
}
