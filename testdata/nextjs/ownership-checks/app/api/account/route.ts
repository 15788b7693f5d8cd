import { auth, clerkClient } from '@clerk/nextjs/server'

// "Delete my account": the caller deletes only themselves.
// ok: CLK101, CLK102, CLK201, CLK202
export async function DELETE() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const client = await clerkClient()
  await client.users.deleteUser(userId)
  return new Response(null, { status: 204 })
}

// ok: CLK101, CLK102, CLK201, CLK202
export async function PATCH(req: Request) {
  const { userId } = await auth.protect()
  const { firstName, lastName } = await req.json()
  const client = await clerkClient()
  const user = await client.users.updateUser(userId, { firstName, lastName })
  return Response.json({ id: user.id })
}
