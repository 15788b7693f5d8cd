import { auth, clerkClient } from '@clerk/nextjs/server'

// Metadata without a role key, on the caller's own account.
// ok: CLK201, CLK202
export async function PATCH(req: Request) {
  const { userId } = await auth.protect()
  const { bio } = await req.json()
  const client = await clerkClient()
  await client.users.updateUserMetadata(userId, { publicMetadata: { bio } })
  return new Response(null, { status: 204 })
}
