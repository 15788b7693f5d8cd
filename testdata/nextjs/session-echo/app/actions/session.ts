'use server'

import { auth, currentUser } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

// Hands the caller's own id back: signed out, that is null, and nothing
// else runs.
export async function currentUserId() {
  // ok: CLK102
  const { userId } = await auth()
  return userId
}

// Returns the user record as read: null when signed out.
export async function me() {
  // ok: CLK102
  const user = await currentUser()
  return user
}

// What it builds from the id is judged like any other use.
export async function greeting() {
  // ruleid: CLK102
  const { userId } = await auth()
  return `signed in as ${userId}`
}

// The twin that goes on to write with it.
export async function saveDraft(text: string) {
  // ruleid: CLK102
  const { userId } = await auth()
  await prisma.draft.create({ data: { userId, text } })
  return userId
}

// A role predicate: signed out, the claims are null and it answers false,
// which its caller branches on.
export async function hasRole(role: string) {
  // ok: CLK102
  const { sessionClaims } = await auth()
  return sessionClaims?.metadata?.role === role
}

// The same answer after a write made with the claims is judged as the write.
export async function hasRoleLogged(role: string) {
  // ruleid: CLK102
  const { sessionClaims } = await auth()
  await prisma.roleCheck.create({ data: { subject: sessionClaims?.sub, role } })
  return sessionClaims?.metadata?.role === role
}

// A negated test answers true for a signed-out caller: still judged.
export async function notBanned() {
  // ruleid: CLK102
  const { sessionClaims } = await auth()
  return sessionClaims?.metadata?.status !== 'banned'
}

// A plan limit from has(), which answers false signed out: the caller gets
// the free limit and nothing runs. The id it also binds is never used.
export async function planLimit() {
  // ok: CLK102
  const { userId, has } = await auth()
  if (has({ feature: 'unlimited' })) {
    return 100000
  }
  return 25
}

// The twin that puts the id it read into its answer.
export async function planLabel() {
  // ruleid: CLK102
  const { userId, has } = await auth()
  return has({ feature: 'unlimited' }) ? `unlimited for ${userId}` : 'free'
}
