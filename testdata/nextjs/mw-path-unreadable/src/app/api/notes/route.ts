import { prisma } from '@/lib/prisma'

// The middleware decides by tests the analysis cannot read: unknown, quiet.
// ok: CLK101
export async function POST(req: Request) {
  const { title, ownerId } = await req.json()
  return Response.json(await prisma.note.create({ data: { title, ownerId } }))
}
