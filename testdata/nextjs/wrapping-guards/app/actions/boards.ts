'use server'
import { prisma } from '@/lib/prisma'
import { signedInUserId, userIdOrGuest } from '@/lib/session'

// ok: CLK101
export async function renameBoard(id: string, name: string) {
  const userId = await signedInUserId()
  await prisma.board.update({ where: { id, ownerId: userId }, data: { name } })
}

// ruleid: CLK101
export async function archiveBoard(id: string) {
  const userId = await userIdOrGuest()
  await prisma.board.update({ where: { id }, data: { archived: true, archivedBy: userId } })
}
