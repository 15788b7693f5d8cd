import { auth, clerkClient } from '@clerk/nextjs/server'

export async function POST(req: Request) {
  const { userId, orgRole } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  // Clerk role keys are prefixed: this is never true, or true for a custom 'admin' role only.
  // ruleid: CLK201
  if (orgRole === 'admin') {
    const { target } = await req.json()
    const client = await clerkClient()
    await client.users.banUser(target)
  }
  return new Response(null, { status: 204 })
}
