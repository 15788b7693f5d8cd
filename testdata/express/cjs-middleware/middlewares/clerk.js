const { clerkMiddleware } = require('@clerk/express')

// Clerk on every path but the payment gateway's callback, which posts without cookies.
// ok: CLK103
const conditionalClerk = (req, res, next) => {
  if (req.path === '/api/payments/callback') {
    return next()
  }
  return clerkMiddleware()(req, res, next)
}

module.exports = conditionalClerk
