import { auth } from '@clerk/nextjs/server'

export async function auditActor() {
  const { sessionClaims } = await auth()
  // ruleid: CLK801
  return sessionClaims?.act?.sub ?? null
}

// ok: CLK801
export async function actions() {
  // A local "act" that is not the session's actor claim.
  const plan = { act: 'publish' }
  // An app's own table whose name ends like the Backend API resource.
  const twoFactorTokens = { userId: 'u' }
  return [plan.act, twoFactorTokens.userId]
}
