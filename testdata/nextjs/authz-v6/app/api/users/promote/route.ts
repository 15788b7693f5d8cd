import { auth, clerkClient } from '@clerk/nextjs/server'

// Writes a role into public metadata without checking the caller's role.
// ruleid: CLK201
export async function POST(req: Request) {
  await auth.protect()
  const body = await req.json()
  const client = await clerkClient()
  await client.users.updateUserMetadata(body.userId, { publicMetadata: { role: 'admin' } })
  return new Response(null, { status: 204 })
}

// The same write behind a permission check.
// ok: CLK201
export async function PUT(req: Request) {
  await auth.protect({ permission: 'org:users:manage' })
  const body = await req.json()
  const client = await clerkClient()
  await client.users.updateUserMetadata(body.userId, { publicMetadata: { role: 'admin' } })
  return new Response(null, { status: 204 })
}
