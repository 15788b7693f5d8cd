import { clerkClient, currentUser } from '@clerk/nextjs/server'

// unsafeMetadata is writable by the user from the browser: user.update({ unsafeMetadata: { role: 'admin' } }).
// ruleid: CLK201
export async function DELETE(req: Request) {
  const user = await currentUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  if (user.unsafeMetadata.role !== 'admin') return new Response('Forbidden', { status: 403 })
  const { id } = await req.json()
  await (await clerkClient()).users.deleteUser(id)
  return new Response(null, { status: 204 })
}
