'use server'

import { prisma } from '@/lib/prisma'
import { memberGuard } from '@/lib/members'
import { SessionService } from '@/lib/session'

// ok: CLK101
export async function archiveReport(id: string) {
  const userId = await SessionService.requireUserId()
  await prisma.report.updateMany({ where: { id, ownerId: userId }, data: { archived: true } })
}

// ruleid: CLK101
export async function purgeReports() {
  await SessionService.trace()
  await prisma.report.deleteMany({})
}

// ok: CLK101
export async function renameMember(name: string) {
  const userId = await memberGuard.requireMember()
  await prisma.member.update({ where: { clerkId: userId }, data: { name } })
}

// softCheck's error value is dropped.
// ruleid: CLK101
export async function dropMember(id: string) {
  await memberGuard.softCheck()
  await prisma.member.delete({ where: { id } })
}
