// The API server next to the SPA: server code, never imported by src/.
import express from 'express'
// ok: CLK004
import { clerkMiddleware, requireAuth } from '@clerk/express'

const app = express()
// ok: CLK004
app.use(clerkMiddleware({ secretKey: process.env.CLERK_SECRET_KEY }))
app.get('/users', requireAuth(), (_req, res) => res.json([]))
app.listen(3001)
