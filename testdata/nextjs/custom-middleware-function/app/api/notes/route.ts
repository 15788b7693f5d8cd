import { prisma } from '@/lib/prisma'

// Not in the denylist, and it writes notes for anyone.
// ruleid: CLK101
export async function POST(req: Request) {
  const { title } = await req.json()
  return Response.json(await prisma.note.create({ data: { title } }))
}
