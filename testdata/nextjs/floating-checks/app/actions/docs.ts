'use server'

import { prisma } from '@/lib/db'
import { requireMember } from '@/lib/guards'

// ok: CLK101
export async function archiveDoc(id: string) {
  const userId = await requireMember()
  return prisma.doc.update({ where: { id, ownerId: userId }, data: { archived: true } })
}

// The check is called but not awaited: the action goes on while its
// promise is pending, and the rejection for a signed-out caller stops
// nothing.
// ruleid: CLK101
export async function restoreDoc(id: string) {
  requireMember()
  return prisma.doc.update({ where: { id }, data: { archived: false } })
}

// A helper that checks, called after the write without waiting for it.
async function notifyWatchers(id: string) {
  const userId = await requireMember()
  return prisma.notice.findMany({ where: { docId: id, userId } })
}

// ruleid: CLK101
export async function renameDoc(id: string, title: string) {
  const doc = await prisma.doc.update({ where: { id }, data: { title } })
  notifyWatchers(id)
  return doc
}
