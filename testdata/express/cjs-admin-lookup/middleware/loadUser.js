const { clerkClient } = require('@clerk/express')

// Signed in, no role.
const loadUser = async (req, res, next) => {
  try {
    req.user = await clerkClient.users.getUser(req.auth().userId)
    next()
  } catch (err) {
    return res.status(401).json({ error: 'unauthorized' })
  }
}

module.exports = loadUser
