'use server'

import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The board is fetched with its workspace, whose owner is compared.
export async function renameBoard(id: string, title: string) {
  const { userId } = await auth.protect()
  const board = await db.board.findUnique({ where: { id }, include: { workspace: true } })
  if (!board || board.workspace.ownerId !== userId) throw new Error('Forbidden')
  // ok: CLK203 (the parent's owner was compared with the session)
  await db.board.update({ where: { id }, data: { title } })
}

// The same fetch with nothing compared afterwards.
export async function retitleBoard(id: string, title: string) {
  const { userId } = await auth.protect()
  const board = await db.board.findUnique({ where: { id }, include: { workspace: true } })
  if (!board) throw new Error('Not found')
  // ruleid: CLK203
  await db.board.update({ where: { id }, data: { title } })
}

// A nested select of the parent's owner, compared.
export async function archiveBoard(id: string) {
  const { userId } = await auth.protect()
  const board = await db.board.findUnique({
    where: { id },
    select: { workspace: { select: { ownerId: true } } },
  })
  if (board?.workspace.ownerId !== userId) throw new Error('Forbidden')
  // ok: CLK203 (the parent's owner was compared with the session)
  await db.board.update({ where: { id }, data: { archived: true } })
}

// The parent is looked up by the child's foreign key and the caller as its
// owner, and the write waits on it.
export async function deleteBoard(id: string) {
  const { userId } = await auth.protect()
  const board = await db.board.findUnique({ where: { id } })
  if (!board) throw new Error('Not found')
  const workspace = await db.workspace.findFirst({ where: { id: board.workspaceId, ownerId: userId } })
  if (!workspace) throw new Error('Forbidden')
  // ok: CLK203 (the parent was found by the child's key and the caller)
  await db.board.delete({ where: { id } })
}

// The parent is looked up by the child's foreign key alone: anyone's.
export async function removeBoard(id: string) {
  const { userId } = await auth.protect()
  const board = await db.board.findUnique({ where: { id } })
  if (!board) throw new Error('Not found')
  const workspace = await db.workspace.findFirst({ where: { id: board.workspaceId } })
  if (!workspace) throw new Error('Gone')
  // ruleid: CLK203
  await db.board.delete({ where: { id } })
}

// Ownership through the relation, in the filter itself.
export async function moveBoard(id: string, title: string) {
  const { userId } = await auth.protect()
  // ok: CLK203 (a nested relation filter on the parent's owner)
  await db.board.update({ where: { id, workspace: { ownerId: userId } }, data: { title } })
}

// Membership through the relation, in the filter itself.
export async function touchBoard(id: string) {
  const { userId } = await auth.protect()
  // ok: CLK203 (a nested filter on the parent's members)
  await db.board.updateMany({ where: { id, workspace: { members: { some: { userId } } } }, data: { archived: false } })
}

// A nested relation filter that says nothing of the caller.
export async function hideBoard(id: string) {
  const { userId } = await auth.protect()
  // ruleid: CLK203
  await db.board.update({ where: { id, workspace: { name: { not: '' } } }, data: { archived: true } })
}

// The caller's membership of the workspace is looked up first.
export async function clearBoard(workspaceId: string, id: string) {
  const { userId } = await auth.protect()
  const seat = await db.workspaceMember.findFirst({ where: { workspaceId, userId } })
  if (!seat) throw new Error('Forbidden')
  // ok: CLK203 (a membership lookup gates the write)
  await db.board.update({ where: { id }, data: { title: '' } })
}

// The child's key destructured from the fetch, then the parent by it and
// the caller.
export async function pinBoard(id: string) {
  const { userId } = await auth.protect()
  const { workspaceId } = await db.board.findUniqueOrThrow({ where: { id } })
  const mine = await db.workspace.count({ where: { id: workspaceId, ownerId: userId } })
  if (mine === 0) throw new Error('Forbidden')
  const owner = await db.workspace.findFirst({ where: { id: workspaceId, ownerId: userId } })
  if (!owner) throw new Error('Forbidden')
  // ok: CLK203 (the parent was found by the child's key and the caller)
  await db.board.update({ where: { id }, data: { archived: false } })
}

// Finding the board among the public ones does not make it the caller's.
export async function featureBoard(id: string) {
  await auth.protect()
  const shown = await db.board.findFirst({ where: { id, published: true } })
  if (!shown) throw new Error('Not found')
  // ruleid: CLK203
  await db.board.update({ where: { id }, data: { title: 'featured' } })
}
