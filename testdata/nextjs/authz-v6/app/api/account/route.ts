import { auth, clerkClient } from '@clerk/nextjs/server'

// Deleting one's own account is not privileged.
// ok: CLK201, CLK202
export async function DELETE() {
  const { userId } = await auth.protect()
  const client = await clerkClient()
  await client.users.deleteUser(userId)
  return new Response(null, { status: 204 })
}
