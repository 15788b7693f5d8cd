import { auth, clerkClient } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  const { orgId } = await auth.protect({ role: 'org:admin' })
  const client = await clerkClient()
  const { data } = await client.organizations.getOrganizationMembershipList({ organizationId: orgId! })
  return Response.json(data.map((m) => ({ id: m.publicUserData?.userId, role: m.role })))
}
