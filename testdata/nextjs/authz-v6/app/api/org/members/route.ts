import { auth, clerkClient } from '@clerk/nextjs/server'

// orgRole is always "org:admin", never "admin": the check denies everyone.
// ok: CLK202
export async function POST(req: Request) {
  const { orgRole, orgId } = await auth.protect()
  // ruleid: CLK201
  if (orgRole !== 'admin') return new Response('Forbidden', { status: 403 })
  const { userId } = await req.json()
  const client = await clerkClient()
  await client.organizations.createOrganizationMembership({ organizationId: orgId!, userId, role: 'org:member' })
  return new Response(null, { status: 201 })
}

// ok: CLK201, CLK202
export async function DELETE(req: Request) {
  const { orgRole, orgId } = await auth.protect()
  if (orgRole !== 'org:admin') return new Response('Forbidden', { status: 403 })
  const { userId } = await req.json()
  const client = await clerkClient()
  await client.organizations.deleteOrganizationMembership({ organizationId: orgId!, userId })
  return new Response(null, { status: 204 })
}
