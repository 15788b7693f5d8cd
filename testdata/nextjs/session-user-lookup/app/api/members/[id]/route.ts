import { clerkClient } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

// ruleid: CLK101
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const member = await clerkClient.users.getUser(id)
  await prisma.board.deleteMany({ where: { ownerId: member.id } })
  return new Response(null, { status: 204 })
}
