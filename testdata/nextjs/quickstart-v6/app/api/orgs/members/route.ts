import { auth, clerkClient } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function DELETE(req: Request) {
  const { orgId } = await auth.protect({ permission: 'org:sys_memberships:manage' })
  const { userId: memberId } = await req.json()
  const client = await clerkClient()
  await client.organizations.deleteOrganizationMembership({ organizationId: orgId!, userId: memberId })
  return new Response(null, { status: 204 })
}
