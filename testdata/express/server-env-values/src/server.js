import express from 'express'
import { clerkMiddleware, requireAuth } from '@clerk/express'

const app = express()
app.use(clerkMiddleware())

// A public config endpoint that hands out the server's payment key.
// ruleid: CLK101
app.get('/api/config', (req, res) => {
  const stripeKey = process.env.STRIPE_SECRET_KEY
  res.json({ stripeKey, currency: 'eur' })
})

// ruleid: CLK101
app.get('/api/db', (req, res) => {
  res.status(200).send(`db at ${process.env.DATABASE_URL}`)
})

// Presence only: which integrations are configured.
// ok: CLK101
app.get('/api/status', (req, res) => {
  res.json({ stripe: Boolean(process.env.STRIPE_SECRET_KEY), mail: !!process.env.SMTP_PASSWORD })
})

// A public value by name: a publishable key is meant for browsers.
// ok: CLK101
app.get('/api/public-config', (req, res) => {
  res.json({ publishableKey: process.env.CLERK_PUBLISHABLE_KEY })
})

// Compared, never sent.
// ok: CLK101
app.post('/api/cron', (req, res) => {
  if (req.headers['x-cron-key'] !== process.env.CRON_SECRET) return res.status(401).end()
  res.json({ ok: true })
})

// Behind the session: the signed-in billing page reads it.
// ok: CLK101
app.get('/api/billing/config', requireAuth(), (req, res) => {
  res.json({ key: process.env.STRIPE_SECRET_KEY })
})

app.listen(3000)
