const { clerkClient } = require('@clerk/express')

// Clerk's getUser throws for a signed-out caller; the role is read from
// the record it returns. Failures answer 200 with success: false.
const requireAdmin = async (req, res, next) => {
  try {
    const { userId } = req.auth()
    const user = await clerkClient.users.getUser(userId)
    if (user.privateMetadata.role !== 'admin') {
      return res.json({ success: false, message: 'not authorized' })
    }
    next()
  } catch (err) {
    return res.json({ success: false, message: 'not authorized' })
  }
}

module.exports = requireAdmin
