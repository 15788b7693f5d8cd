import type { NextRequest } from 'next/server'
import { prisma } from '@/lib/db'
import { requireUserId, userIdOrHeader } from '@/lib/session'

// ok: CLK101
export async function openStore(req?: NextRequest) {
  const userId = await requireUserId(req)
  return { notes: prisma.note, userId }
}

// ok: CLK101
export async function updateNote(id: string, body: string) {
  const { notes, userId } = await openStore()
  return notes.updateMany({ where: { id, ownerId: userId }, data: { body } })
}

// ok: CLK101
export async function createNote(body: string, req: NextRequest) {
  const { notes, userId } = await openStore(req)
  return notes.create({ data: { ownerId: userId, body } })
}

// ok: CLK101
export async function tagNote(id: string, tag: string) {
  const userId = await userIdOrHeader()
  return prisma.tag.create({ data: { noteId: id, ownerId: userId, tag } })
}
