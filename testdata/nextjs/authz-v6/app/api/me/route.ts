import { currentUser, clerkClient } from '@clerk/nextjs/server'

// Acting on currentUser()'s own id is not privileged.
// ok: CLK201, CLK202
export async function PATCH(req: Request) {
  const user = await currentUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  const { firstName } = await req.json()
  const client = await clerkClient()
  await client.users.updateUser(user.id, { firstName })
  return Response.json({ ok: true })
}
