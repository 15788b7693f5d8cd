'use server'

import { auth, currentUser } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// currentUser() is null when signed out: reading a field of it right away
// throws a TypeError before anything else runs.
// ok: CLK101, CLK102
export async function saveContact(phone: string) {
  const user = await currentUser()
  const email = user.emailAddresses[0].emailAddress
  await db.contact.upsert({ where: { email }, update: { phone }, create: { email, phone } })
}

// The same with the id from auth(), used as a string.
// ok: CLK101, CLK102
export async function saveHandle(handle: string) {
  const { userId } = await auth()
  const key = userId.toLowerCase()
  await db.handle.create({ data: { key, handle } })
}

// The field is read inside the query's arguments, evaluated before it runs.
// ok: CLK101, CLK102
export async function listContacts() {
  const user = await currentUser()
  return db.contact.findMany({ where: { ownerId: user.id } })
}

// Optional chaining reads undefined instead of throwing.
// ok: CLK101
export async function saveNickname(nickname: string) {
  // ruleid: CLK102
  const user = await currentUser()
  const email = user?.emailAddresses[0]?.emailAddress
  await db.contact.updateMany({ where: { email }, data: { nickname } })
}

// The write runs before the field is read.
// ok: CLK101
export async function logVisit(page: string) {
  // ruleid: CLK102
  const user = await currentUser()
  await db.visit.create({ data: { page } })
  const email = user.emailAddresses[0].emailAddress
  await db.contact.updateMany({ where: { email }, data: { lastPage: page } })
}

// The object auth() returns is there when signed out: its userId is null,
// and reading it throws nothing.
// ok: CLK101
export async function saveTheme(theme: string) {
  // ruleid: CLK102
  const session = await auth()
  const owner = session.userId
  await db.theme.create({ data: { owner, theme } })
}

// Only one branch reads the field; the other writes with a null user.
// ok: CLK101
export async function saveBio(bio: string, draft: boolean) {
  // ruleid: CLK102
  const user = await currentUser()
  const author = draft ? 'draft' : user.id
  await db.bio.create({ data: { author, bio } })
}
