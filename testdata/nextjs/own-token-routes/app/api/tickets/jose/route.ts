import { jwtVerify } from 'jose'
import { prisma } from '../../../db'

// ok: CLK101
export async function GET(req: Request) {
  const token = new URL(req.url).searchParams.get('t') ?? ''
  const { payload } = await jwtVerify(token, new TextEncoder().encode(process.env.TICKET_JWT_SECRET))
  const ticket = await prisma.ticket.findUnique({ where: { id: String(payload.sub) } })
  return Response.json(ticket)
}
