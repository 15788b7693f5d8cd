import { prisma } from '@/lib/db'

// ok: CLK101
export async function GET() {
  return Response.json(await prisma.product.findMany())
}

// Public data is public to read, not to change.
// ruleid: CLK101
export async function POST(req: Request) {
  const { name, price } = await req.json()
  const product = await prisma.product.create({ data: { name, price } })
  return Response.json(product, { status: 201 })
}
