import express from 'express'
import cors from 'cors'
import bodyParser from 'body-parser'
import { clerkMiddleware, requireAuth } from '@clerk/express'
import earlyHooks from './routes/early-hooks.js'
import clerkHooks from './routes/clerk-hooks.js'
import rawHooks from './routes/raw-hooks.js'
import billingHooks from './routes/billing-hooks.js'
import adminHooks from './routes/admin-hooks.js'
import posts from './routes/posts.js'

const app = express()
app.use(cors())

// Mounted before any body parser: its routes read the raw bytes.
// ok: CLK304
app.use('/webhooks/early', earlyHooks)

// A parser given a verify callback keeps the raw bytes for the handler.
app.use('/webhooks/billing', bodyParser.json({ verify: (req, _res, buf) => { req.rawBody = buf } }), billingHooks)

// A raw parser mounted on the path runs first; the global JSON parser then skips these requests.
app.use('/webhooks/raw', express.raw({ type: 'application/json' }))

const jsonParser = bodyParser.json()
app.use(jsonParser)

// Mounted after the global JSON parser: the body is an object by the time its routes run.
app.use('/webhooks/clerk', clerkHooks)
app.use('/webhooks/raw', rawHooks)

app.use(clerkMiddleware())
app.use('/api/posts', posts)

app.use(requireAuth())

// Mounted after the global requireAuth(): Svix sends no session.
app.use('/webhooks/admin', adminHooks)

app.listen(3000)
