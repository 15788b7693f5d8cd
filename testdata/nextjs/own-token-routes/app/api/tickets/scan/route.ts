import { prisma } from '../../../db'
import { scannerFor } from '../../../../lib/keys'

// ok: CLK101
export async function POST(req: Request) {
  const scanner = await scannerFor(req.headers.get('x-api-key'))
  if (!scanner) {
    return Response.json({ error: 'Unknown scanner' }, { status: 401 })
  }
  const { ticketId } = await req.json()
  await prisma.ticket.update({ where: { id: ticketId }, data: { checkedIn: true, scanner } })
  return Response.json({ ok: true })
}
