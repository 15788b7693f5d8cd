'use server'

import { prisma } from '@/lib/prisma'
import { currentOrg } from '@/lib/org'

// ok: CLK101
export async function renameOrgBoard(id: string, name: string) {
  const { orgId } = await currentOrg()
  if (orgId == null) {
    return { error: 'Sign in to an organization first' }
  }
  await prisma.board.update({ where: { id, orgId }, data: { name } })
}

// The plan is set whoever calls.
// ruleid: CLK101
export async function archiveOrgBoard(id: string) {
  const { plan } = await currentOrg()
  if (!plan) {
    return { error: 'No plan' }
  }
  await prisma.board.update({ where: { id }, data: { archived: true } })
}

// The object itself is always there.
// ruleid: CLK101
export async function deleteOrgBoard(id: string) {
  const org = await currentOrg()
  if (!org) {
    return { error: 'No organization' }
  }
  await prisma.board.delete({ where: { id } })
}

// ruleid: CLK101
export async function clearOrgBoard(id: string) {
  if (!(await currentOrg())) {
    return { error: 'No organization' }
  }
  await prisma.board.update({ where: { id }, data: { cards: { set: [] } } })
}
