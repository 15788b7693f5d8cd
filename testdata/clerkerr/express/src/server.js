import express from 'express'
import { clerkClient, clerkMiddleware, getAuth, requireAuth } from '@clerk/express'
import legacy from '@clerk/clerk-sdk-node'
import { audit } from './audit.js'

const app = express()
app.use(clerkMiddleware())
app.use(express.json())

// The catch logs and the handler still answers 200.
// ok: CLK101
app.post('/api/me/avatar/reset', requireAuth(), async (req, res) => {
  const { userId } = getAuth(req)
  try {
    // ruleid: CLK501
    await clerkClient.users.deleteUserProfileImage(userId)
  } catch (err) {
    req.log?.error(err)
  }
  res.json({ reset: true })
})

// next(err) hands the failure to Express's error handler.
// ok: CLK101
app.post('/api/me/avatar/clear', requireAuth(), async (req, res, next) => {
  const { userId } = getAuth(req)
  try {
    // ok: CLK501
    await clerkClient.users.deleteUserProfileImage(userId)
  } catch (err) {
    return next(err)
  }
  res.json({ reset: true })
})

// Answering with a 503 handles it, even without a return.
// ok: CLK101
app.post('/api/me/newsletter', requireAuth(), async (req, res) => {
  const { userId } = getAuth(req)
  try {
    // ok: CLK501
    await clerkClient.users.updateUserMetadata(userId, { publicMetadata: { newsletter: Boolean(req.body.on) } })
  } catch (err) {
    console.error(err)
    res.status(503).json({ error: 'try again later' })
  }
  if (!res.headersSent) res.json({ ok: true })
})

// The v4 SDK's default export: a fire-and-forget update in a handler.
// ok: CLK101
app.put('/api/me/locale', requireAuth(), (req, res) => {
  const { userId } = getAuth(req)
  // ruleid: CLK501
  legacy.users.updateUser(userId, { unsafeMetadata: { locale: req.body.locale } })
  audit(userId, 'locale')
  res.json({ ok: true })
})

// .catch(next) answers the request with the error.
// ok: CLK101
app.put('/api/me/timezone', requireAuth(), (req, res, next) => {
  const { userId } = getAuth(req)
  // ok: CLK501
  legacy.users.updateUser(userId, { unsafeMetadata: { tz: req.body.tz } }).then(() => res.json({ ok: true })).catch(next)
})

app.listen(3000)
