import { auth, clerkClient } from '@clerk/nextjs/server'

// "Reset my profile": each change's failure is turned into undefined, and
// the handler says the profile was reset.
export async function DELETE() {
  const { userId } = await auth.protect()
  const client = await clerkClient()
  await Promise.all([
    // ruleid: CLK501
    client.users.deleteUserProfileImage(userId).catch(() => undefined),
    // ruleid: CLK501
    client.users.updateUserMetadata(userId, { unsafeMetadata: {} }).catch(() => undefined),
  ])
  return Response.json({ ok: true })
}

// The twin keeps the outcome of each change and reports a failure.
export async function POST() {
  const { userId } = await auth.protect()
  const client = await clerkClient()
  const done = await Promise.all([
    // ok: CLK501
    client.users.deleteUserProfileImage(userId).then(() => true).catch(() => false),
    // ok: CLK501
    client.users.updateUserMetadata(userId, { unsafeMetadata: {} }).then(() => true).catch(() => false),
  ])
  if (done.includes(false)) return Response.json({ ok: false }, { status: 503 })
  return Response.json({ ok: true })
}
