import { prisma } from '@/lib/db'

// ok: CLK101
export async function GET() {
  return Response.json(await prisma.item.findMany())
}

// The entry also lets /api/catalog/[id] through: it opens a tree for
// reading, not this write.
// ruleid: CLK101
export async function POST(req: Request) {
  const { name } = await req.json()
  return Response.json(await prisma.item.create({ data: { name } }))
}
