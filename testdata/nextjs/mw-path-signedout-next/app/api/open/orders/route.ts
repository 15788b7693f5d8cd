import { prisma } from '@/lib/prisma'

// Handed on with next() for signed-out requests, and the open prefix makes
// reads public, not this write: anyone can mark an order paid.
// ruleid: CLK101
export async function POST(req: Request) {
  const event = await req.json()
  return Response.json(await prisma.order.update({ where: { id: event.orderId }, data: { paid: true } }))
}
