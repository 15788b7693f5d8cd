import { auth, clerkClient } from '@clerk/nextjs/server'

// Same-module helpers are followed.
async function removeUser(id: string) {
  const client = await clerkClient()
  await client.users.deleteUser(id)
}

async function guard() {
  const { has } = await auth()
  if (!has({ permission: 'org:users:manage' })) throw new Error('forbidden')
}

// ruleid: CLK201
export async function POST(req: Request) {
  await auth.protect()
  const { id } = await req.json()
  await removeUser(id)
  return new Response(null, { status: 204 })
}

// ok: CLK201, CLK202
export async function DELETE(req: Request) {
  await guard()
  const { id } = await req.json()
  await removeUser(id)
  return new Response(null, { status: 204 })
}

// The helper deletes the caller's own account.
// ok: CLK201
export async function PUT() {
  const { userId } = await auth.protect()
  await removeUser(userId)
  return new Response(null, { status: 204 })
}
