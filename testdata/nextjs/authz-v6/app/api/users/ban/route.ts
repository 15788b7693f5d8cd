import { auth, clerkClient } from '@clerk/nextjs/server'
import { requireAdmin } from '@/lib/roles'

// A predicate passed to auth.protect checks the permission.
// ok: CLK201, CLK202
export async function POST(req: Request) {
  await auth.protect((has) => has({ permission: 'org:users:manage' }))
  const { id } = await req.json()
  const client = await clerkClient()
  await client.users.banUser(id)
  return new Response(null, { status: 204 })
}

// A role helper (role-functions) checks it.
// ok: CLK201, CLK202
export async function DELETE(req: Request) {
  await requireAdmin()
  const { id } = await req.json()
  const client = await clerkClient()
  await client.users.unbanUser(id)
  return new Response(null, { status: 204 })
}
