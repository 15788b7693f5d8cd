import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

// A wildcard may have opened this by accident: the unchecked read is
// still reported.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  // ruleid: CLK102
  const { userId } = await auth()
  const note = await prisma.note.findFirst({ where: { itemId: id, userId } })
  return Response.json({ note })
}
