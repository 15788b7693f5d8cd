'use server'
import { auth } from '@clerk/nextjs/server'
import { PrismaClient } from '@prisma/client'

const db = new PrismaClient()

// The argument is validated before the session is read: that early return
// hands out nothing, and every path that reads rows checks the session.
// ok: CLK101
export async function topPages(projectId: string, max = 5) {
  if (max > 25) {
    return
  }
  const { userId } = await auth()
  if (!userId) return
  return db.visit.groupBy({ by: ['page'], where: { projectId, project: { ownerId: userId } }, take: max })
}

// The early return of a preview hands out rows before any check.
// ruleid: CLK101
export async function preview(projectId: string, draft: boolean) {
  if (draft) {
    return db.visit.findMany({ where: { projectId } })
  }
  const { userId } = await auth()
  if (!userId) return
  return db.visit.findMany({ where: { projectId, project: { ownerId: userId } } })
}
