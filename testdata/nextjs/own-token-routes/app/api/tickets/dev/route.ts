import jwt from 'jsonwebtoken'
import { prisma } from '../../../db'

// A key written in the source is no secret.
// ruleid: CLK101
export async function POST(req: Request) {
  const { token } = await req.json()
  try {
    const { ticketId } = jwt.verify(token, 'dev-ticket-key') as { ticketId: string }
    await prisma.ticket.delete({ where: { id: ticketId } })
    return Response.json({ ok: true })
  } catch {
    return Response.json({ error: 'Invalid ticket' }, { status: 401 })
  }
}
