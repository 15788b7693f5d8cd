import { prisma } from '@/lib/db'

// Every customer's orders, to anyone: orders are not public data.
// ruleid: CLK101
export async function GET() {
  const orders = await prisma.order.findMany({ include: { items: true } })
  return Response.json(orders)
}
