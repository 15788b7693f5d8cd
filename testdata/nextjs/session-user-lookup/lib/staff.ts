'use server'

import { auth, clerkClient } from '@clerk/nextjs/server'

// Clerk's getUser throws for a signed-out caller (no id, or a 404 for
// "undefined"), so this answers only for a signed-in one.
// ok: CLK101
export async function isStaff() {
  const me = await (await clerkClient()).users.getUser((await auth()).userId!)
  return me.publicMetadata.staff === true
}

// The catch turns the signed-out throw into false: callers test it.
// ok: CLK101
export async function isStaffQuiet() {
  try {
    const me = await clerkClient.users.getUser(`${(await auth()).userId}`)
    return me.publicMetadata.staff === true
  } catch {
    return false
  }
}

// The id is whatever the caller hands over.
// ruleid: CLK101
export async function isStaffMember(memberId: string) {
  const member = await clerkClient.users.getUser(memberId)
  return member.publicMetadata.staff === true
}
