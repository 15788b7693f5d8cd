'use server'

import { auth, clerkClient } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The form names whose notes to delete.
export async function deleteNotes(formData: FormData) {
  await auth.protect()
  const owner = formData.get('ownerId') as string
  // ruleid: CLK202
  await db.note.deleteMany({ where: { ownerId: owner } })
}

// Any argument of a server action comes from the browser.
export async function getProfile(userId: string) {
  await auth.protect()
  const client = await clerkClient()
  // ruleid: CLK202
  return client.users.getUser(userId)
}

// ok: CLK202
export async function myNotes() {
  const { userId } = await auth.protect()
  return db.note.findMany({ where: { userId } })
}

// A server action locking another account, no role check.
// ruleid: CLK201
export async function lockAccount(id: string) {
  await auth.protect()
  const client = await clerkClient()
  await client.users.lockUser(id)
}

// Following someone: the notification names the caller as its creator and
// the followed user, the argument, as its recipient.
export async function follow(targetId: string) {
  const { userId } = await auth.protect()
  // ok: CLK202
  await db.notification.create({ data: { userId: targetId, creatorId: userId, type: 'follow' } })
}

// A note written into another user's list, naming no one else.
export async function addNoteFor(ownerId: string, text: string) {
  await auth.protect()
  // ruleid: CLK202
  await db.note.create({ data: { userId: ownerId, text } })
}

// Changing the named user's notes is no new record, whoever it credits.
export async function retagNotes(ownerId: string, tag: string) {
  const { userId } = await auth.protect()
  // ruleid: CLK202
  await db.note.updateMany({ where: { userId: ownerId }, data: { tag, editorId: userId } })
}

// The app's own id of the signed-in member.
async function currentMemberId() {
  const { userId: clerkId } = await auth()
  if (!clerkId) return null
  const member = await memberByClerkId(clerkId)
  return member.id
}

async function memberByClerkId(clerkId: string) {
  return db.member.findUnique({ where: { clerkId } })
}

// Following by database ids: the caller's comes from the session.
export async function followMember(targetId: string) {
  const myId = await currentMemberId()
  if (!myId) return
  // ok: CLK202
  await db.notification.create({ data: { userId: targetId, creatorId: myId, type: 'follow' } })
}

async function firstMemberId() {
  const member = await db.member.findFirst({ orderBy: { createdAt: 'asc' } })
  return member.id
}

// The creator named is not the caller: the record speaks for someone else.
export async function followAsFirst(targetId: string) {
  await auth.protect()
  const asId = await firstMemberId()
  // ruleid: CLK202
  await db.notification.create({ data: { userId: targetId, creatorId: asId, type: 'follow' } })
}
