import { auth, clerkClient } from '@clerk/nextjs/server'

// The role comes from the session token's claims, set from publicMetadata by the backend only.
// ok: CLK101, CLK201, CLK202
export async function DELETE(req: Request) {
  const { userId, sessionClaims } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  if (sessionClaims?.metadata?.role !== 'admin') return new Response('Forbidden', { status: 403 })
  const { id } = await req.json()
  await (await clerkClient()).users.deleteUser(id)
  return new Response(null, { status: 204 })
}
