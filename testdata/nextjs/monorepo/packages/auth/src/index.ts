import { auth } from '@clerk/nextjs/server'

// A shared helper in a workspace package: throws without a session.
// ok: CLK101
export async function requireUserId() {
  const { userId } = await auth()
  if (!userId) throw new Response('Unauthorized', { status: 401 })
  return userId
}
