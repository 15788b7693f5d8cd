import { auth, clerkClient } from '@clerk/nextjs/server'

// ruleid: CLK201
export async function POST(req: Request) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { targetUserId, role } = await req.json()
  const client = await clerkClient()
  // Any signed-in user can make anyone (themselves included) an admin.
  await client.users.updateUserMetadata(targetUserId, { publicMetadata: { role } })
  return new Response(null, { status: 204 })
}
