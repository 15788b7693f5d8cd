'use server'

import { auth, clerkClient } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'
import { isStaff, isStaffMember, isStaffQuiet } from '@/lib/staff'

// ok: CLK101
export async function unpinBoard(boardId: number) {
  const me = await clerkClient.users.getUser(`${(await auth()).userId}`)
  if (me.publicMetadata.boardOwner !== boardId) throw new Error('unauthorized')
  await prisma.board.update({ where: { id: boardId, ownerId: me.id }, data: { pinned: false } })
}

// ok: CLK101
export async function renameBoard(boardId: number, title: string) {
  const { userId } = await auth()
  const client = await clerkClient()
  const me = await client.users.getUser(userId ?? '')
  await prisma.board.update({ where: { id: boardId, ownerId: me.id }, data: { title } })
}

// ok: CLK101
export async function clearReports() {
  if (!(await isStaff())) throw new Error('forbidden')
  await prisma.report.deleteMany({})
}

// ok: CLK101
export async function clearFlags() {
  if (!(await isStaffQuiet())) throw new Error('forbidden')
  await prisma.flag.deleteMany({})
}

// The lookup's failure is logged and the action goes on.
// ruleid: CLK101
export async function archiveBoard(boardId: number) {
  let owner = ''
  try {
    const me = await clerkClient.users.getUser(`${(await auth()).userId}`)
    owner = String(me.publicMetadata.boardOwner)
  } catch (err) {
    console.error(err)
  }
  await prisma.board.update({ where: { id: boardId }, data: { archived: true, note: owner } })
}

// A user the browser names: anyone can ask.
// ruleid: CLK101
export async function clearMemberBoards(memberId: string) {
  const member = await clerkClient.users.getUser(memberId)
  await prisma.board.deleteMany({ where: { ownerId: member.id } })
}

// ruleid: CLK101
export async function clearStaffBoards(memberId: string) {
  if (!(await isStaffMember(memberId))) throw new Error('forbidden')
  await prisma.board.deleteMany({})
}

// Listing the session's organization's users does not throw signed out.
export async function clearOrgBoards() {
  // ruleid: CLK102
  const { orgId } = await auth()
  const client = await clerkClient()
  const list = await client.users.getUserList({ organizationId: [orgId ?? ''] })
  await prisma.board.deleteMany({ where: { ownerId: { in: list.data.map((u) => u.id) } } })
}

// The member row named by the browser is checked against the caller's own
// record before it is changed.
// ok: CLK101
export async function starBoard(memberDbId: number, boardId: number) {
  const me = await clerkClient.users.getUser((await auth()).userId!)
  // ok: CLK202
  if (me.publicMetadata.memberDbId !== memberDbId) throw new Error('unauthorized')
  // ok: CLK203
  await prisma.member.update({ where: { id: memberDbId }, data: { starred: boardId } })
}

// ok: CLK101
export async function unstarBoard(memberDbId: number) {
  await clerkClient.users.getUser((await auth()).userId!)
  // ruleid: CLK203
  await prisma.member.update({ where: { id: memberDbId }, data: { starred: null } })
}

// Refusing the caller's own row says nothing of whose the other one is.
// ok: CLK101
export async function nudgeMember(targetDbId: number) {
  const me = await clerkClient.users.getUser((await auth()).userId!)
  if (me.publicMetadata.memberDbId === targetDbId) throw new Error('not yourself')
  // ruleid: CLK203
  await prisma.member.update({ where: { id: targetDbId }, data: { nudged: true } })
}
