import { prisma } from '@/lib/prisma'

// Not followed (the list is unknown): not reported.
// ok: CLK101
export async function POST(req: Request) {
  const { sku } = await req.json()
  return Response.json(await prisma.order.create({ data: { sku } }))
}
