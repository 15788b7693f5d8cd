'use server'

import { auth } from '@clerk/nextjs/server'
import { backendClient as api } from '@/lib/clerk'

// A client imported from the project's own clerk module under another name.
export async function setOnboarded() {
  const { userId } = await auth.protect()
  try {
    // ruleid: CLK501
    await api.users.updateUserMetadata(userId, { publicMetadata: { onboarded: true } })
  } catch (e) {
    console.log(e)
  }
  return { ok: true }
}

// The twin tells the form that it failed.
export async function setOnboardedChecked() {
  const { userId } = await auth.protect()
  try {
    // ok: CLK501
    await api.users.updateUserMetadata(userId, { publicMetadata: { onboarded: true } })
  } catch (e) {
    console.log(e)
    return { ok: false, error: 'Could not save, try again' }
  }
  return { ok: true }
}

// A flag set in the try and tested after it makes the failure visible.
export async function revokeOtherSessions(sessionIds: string[]) {
  const { sessionId } = await auth.protect()
  let revoked = false
  try {
    for (const id of sessionIds.filter((s) => s !== sessionId)) {
      // ok: CLK501
      await api.sessions.revokeSession(id)
    }
    revoked = true
  } catch (e) {
    console.error(e)
  }
  if (!revoked) return { ok: false }
  return { ok: true }
}

// The results of Promise.allSettled are thrown away.
export async function leaveAll(orgIds: string[]) {
  const { userId } = await auth.protect()
  await Promise.allSettled(
    // ruleid: CLK501
    orgIds.map((organizationId) => api.organizations.deleteOrganizationMembership({ organizationId, userId })),
  )
  return { ok: true }
}

// A try that returns on success and ends the action: failure answers
// undefined, which the form treats as an error.
export async function createTeam(name: string) {
  const { userId } = await auth.protect()
  try {
    // ok: CLK501
    const org = await api.organizations.createOrganization({ name, createdBy: userId })
    return { id: org.id }
  } catch (e) {
    console.error(e)
  }
}

// A best-effort rollback on a path that already fails.
export async function inviteAndRecord(email: string, record: (id: string) => Promise<void>) {
  const { orgId } = await auth.protect({ role: 'org:admin' })
  const inv = await api.organizations.createOrganizationInvitation({ organizationId: orgId!, emailAddress: email, role: 'org:member' })
  try {
    await record(inv.id)
  } catch (e) {
    // ok: CLK501
    await api.organizations.revokeOrganizationInvitation({ organizationId: orgId!, invitationId: inv.id, requestingUserId: '' }).catch(console.error)
    throw e
  }
  return { id: inv.id }
}
