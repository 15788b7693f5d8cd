// ok: CLK203 (helpers credited by what their bodies do)
import { prisma } from './db'

// assertCanEdit throws unless the document belongs to the user.
export function assertCanEdit(userId: string, doc: { ownerId: string }) {
  if (doc.ownerId !== userId) {
    throw new Error('Forbidden')
  }
}

// getOwnedBoardOrThrow selects the board by id and owner together.
export async function getOwnedBoardOrThrow(id: string, userId: string) {
  const board = await prisma.board.findFirst({ where: { id, ownerId: userId } })
  if (!board) throw new Error('Not found')
  return board
}

// loadBoard selects by id alone: safe only when the caller checks.
export async function loadBoard(id: string) {
  return prisma.board.findUnique({ where: { id } })
}
