// ok: CLK201
import express from 'express'
import { clerkMiddleware, requireAuth } from '@clerk/express'
import admin from './routes/admin.js'
import users from './routes/users.js'
import orgs from './routes/orgs.js'

const app = express()
app.use(clerkMiddleware())
app.use(express.json())

app.use('/api/admin', admin)
app.use('/api/users', requireAuth(), users)
app.use('/api/orgs', requireAuth(), orgs)

app.listen(3000)
