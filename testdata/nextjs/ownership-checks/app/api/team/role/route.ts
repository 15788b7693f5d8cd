import { auth, clerkClient } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function POST(req: Request) {
  const { userId, orgId, orgRole } = await auth()
  if (!userId || !orgId) return new Response('Unauthorized', { status: 401 })
  if (orgRole !== 'org:admin') return new Response('Forbidden', { status: 403 })

  const { memberId, role } = await req.json()
  const client = await clerkClient()
  await client.organizations.updateOrganizationMembership({ organizationId: orgId, userId: memberId, role })
  return Response.json({ ok: true })
}
