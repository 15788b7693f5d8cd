import { prisma } from '@/lib/prisma'

// ruleid: CLK101
export async function POST(req: Request) {
  const { sku } = await req.json()
  return Response.json(await prisma.order.create({ data: { sku } }))
}
