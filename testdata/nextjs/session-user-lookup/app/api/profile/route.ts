import { auth, clerkClient } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

// ok: CLK101
export async function GET() {
  const { userId } = await auth()
  const me = await clerkClient.users.getUser(userId!)
  const boards = await prisma.board.findMany({ where: { ownerId: me.id } })
  return Response.json(boards)
}
