import { auth, clerkClient } from '@clerk/nextjs/server'

// Signed in is not enough: any user can delete any other user.
// ruleid: CLK201
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { id } = await params
  const client = await clerkClient()
  await client.users.deleteUser(id)
  return new Response(null, { status: 204 })
}

// ok: CLK201
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId, has } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  if (!has({ role: 'org:admin' })) return new Response('Forbidden', { status: 403 })
  const { id } = await params
  const client = await clerkClient()
  await client.users.banUser(id)
  return new Response(null, { status: 204 })
}
