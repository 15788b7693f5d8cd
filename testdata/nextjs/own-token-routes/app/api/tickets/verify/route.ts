import jwt from 'jsonwebtoken'
import { prisma } from '../../../db'

const secret = process.env.TICKET_JWT_SECRET!

// The ticket token the app signed authenticates the guest: a forged or
// expired one throws, and the catch answers 401.
// ok: CLK101
export async function POST(req: Request) {
  const { token } = await req.json()
  try {
    const { ticketId } = jwt.verify(token, secret) as { ticketId: string }
    await prisma.ticket.update({ where: { id: ticketId }, data: { checkedIn: true } })
    return Response.json({ ok: true })
  } catch {
    return Response.json({ error: 'Invalid ticket' }, { status: 401 })
  }
}
