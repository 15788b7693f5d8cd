import { prisma } from '@/lib/prisma'

// Not on the denylist: the middleware returns next() for signed-out requests.
// ruleid: CLK101
export async function POST(req: Request) {
  const { title, ownerId } = await req.json()
  return Response.json(await prisma.note.create({ data: { title, ownerId } }))
}
