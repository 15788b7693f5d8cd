const { getAuth } = require('@clerk/express')

// ok: CLK102
module.exports = function requireUser(req, res, next) {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).json({ error: 'unauthorized' })
  return next()
}
