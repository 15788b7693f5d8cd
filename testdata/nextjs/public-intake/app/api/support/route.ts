import { db } from '@/lib/db'

// A support URL that changes an existing ticket anyone can name.
// ruleid: CLK101
export async function PATCH(req: Request) {
  const { ticketId, status } = await req.json()
  await db.ticket.update({ where: { id: ticketId }, data: { status } })
  return Response.json({ ok: true })
}

// Opening a ticket only adds one.
// ok: CLK101
export async function POST(req: Request) {
  const { email, subject, body } = await req.json()
  await db.ticket.create({ data: { email, subject, body } })
  return Response.json({ ok: true }, { status: 201 })
}
