import { auth, clerkClient as backend } from '@clerk/nextjs/server'

// An aliased import: the promise is neither awaited nor returned, so a
// failure is an unhandled rejection after the 200 went out.
export async function DELETE(req: Request) {
  const { userId, orgId } = await auth.protect({ role: 'org:admin' })
  const { memberId } = await req.json()
  const client = await backend()
  // ruleid: CLK501
  client.organizations.deleteOrganizationMembership({ organizationId: orgId!, userId: memberId })
  return Response.json({ removed: memberId, by: userId })
}

// .catch(console.error) drops the failure just the same.
export async function PUT(req: Request) {
  const { orgId } = await auth.protect({ role: 'org:admin' })
  const { memberId, role } = await req.json()
  const client = await backend()
  // ruleid: CLK501
  await client.organizations.updateOrganizationMembership({ organizationId: orgId!, userId: memberId, role }).catch(console.error)
  return Response.json({ updated: memberId })
}

// Returning the promise hands the failure to Next.js, which answers 500.
export async function POST(req: Request) {
  const { orgId } = await auth.protect({ role: 'org:admin' })
  const { email } = await req.json()
  const client = await backend()
  // ok: CLK501
  return client.organizations.createOrganizationInvitation({ organizationId: orgId!, emailAddress: email, role: 'org:member' }).then((inv) => Response.json({ id: inv.id }))
}

// Promise.allSettled whose results are read: each failure is answered.
export async function PATCH(req: Request) {
  const { orgId } = await auth.protect({ role: 'org:admin' })
  const { memberIds } = (await req.json()) as { memberIds: string[] }
  const client = await backend()
  const results = await Promise.allSettled(
    // ok: CLK501
    memberIds.map((id) => client.organizations.deleteOrganizationMembership({ organizationId: orgId!, userId: id })),
  )
  const failed = results.filter((r) => r.status === 'rejected').length
  if (failed > 0) return Response.json({ failed }, { status: 502 })
  return Response.json({ removed: memberIds.length })
}
