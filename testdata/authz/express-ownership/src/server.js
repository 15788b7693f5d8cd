import express from 'express'
import { clerkMiddleware, requireAuth } from '@clerk/express'
import trips from './routes/trips.js'

const app = express()
app.use(express.json())
app.use(clerkMiddleware())
// ok: CLK203
app.use('/api/trips', requireAuth(), trips)

app.listen(3000)
