import { db } from '@/lib/db'

// A footer signup: checks whether the address is on the list, adds it if
// not. Anyone may subscribe; nothing existing is read back or changed.
// ok: CLK101
export async function POST(req: Request) {
  const { email } = await req.json()
  const known = await db.subscriber.findUnique({ where: { email } })
  if (!known) await db.subscriber.create({ data: { email, source: 'footer' } })
  return Response.json({ subscribed: true })
}
