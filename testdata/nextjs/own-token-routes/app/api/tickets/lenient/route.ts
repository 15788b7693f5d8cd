import jwt from 'jsonwebtoken'
import { prisma } from '../../../db'

// A failed verification is only logged: the update runs anyway.
// ruleid: CLK101
export async function POST(req: Request) {
  const { token, ticketId } = await req.json()
  try {
    jwt.verify(token, process.env.TICKET_JWT_SECRET!)
  } catch (err) {
    console.warn('ticket token did not verify', err)
  }
  await prisma.ticket.update({ where: { id: ticketId }, data: { checkedIn: true } })
  return Response.json({ ok: true })
}
