import { getAuth } from '@clerk/express'

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
