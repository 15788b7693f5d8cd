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
