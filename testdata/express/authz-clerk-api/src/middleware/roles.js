import { clerkClient, getAuth } from '@clerk/express'

// ok: CLK201, CLK202
// The role check lives here, in another file than the routes it guards.
export function requireAdmin(req, res, next) {
  if (!getAuth(req).has({ role: 'org:admin' })) {
    return res.status(403).json({ error: 'Forbidden' })
  }
  next()
}

export function requirePermission(permission) {
  return (req, res, next) => {
    if (!req.auth.has({ permission })) return res.status(403).end()
    next()
  }
}

// The one administrator is configured by e-mail address: an allowlist of
// privileged accounts is the app's role check.
export async function requireOwnerEmail(req, res, next) {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).end()
  const user = await clerkClient.users.getUser(userId)
  const isAdmin = process.env.ADMIN_EMAIL === user.primaryEmailAddress?.emailAddress
  if (!isAdmin) return res.status(403).json({ error: 'Forbidden' })
  next()
}

// Comparing with the support inbox's address says nothing about privilege.
export async function requireSupportCopy(req, res, next) {
  const user = await clerkClient.users.getUser(getAuth(req).userId)
  if (user.primaryEmailAddress?.emailAddress === process.env.SUPPORT_INBOX) return res.status(409).end()
  next()
}
