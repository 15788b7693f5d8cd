import express from 'express'
import { clerkMiddleware, requireAuth } from '@clerk/express'
import { verifyWebhook } from '@clerk/express/webhooks'
import notes from './routes/notes.js'
import profiles from './routes/profiles.js'
import { prisma } from './db.js'

const app = express()

// ok: CLK101
app.get('/health', (req, res) => res.json({ ok: true }))

// ok: CLK101, CLK302
app.post('/api/webhooks/clerk', express.raw({ type: 'application/json' }), async (req, res) => {
  const evt = await verifyWebhook(req)
  if (evt.type === 'user.deleted') await prisma.note.deleteMany({ where: { userId: evt.data.id } })
  res.send('ok')
})

// ruleid: CLK101
app.get('/api/export', async (req, res) => {
  res.json(await prisma.note.findMany())
})

app.use(clerkMiddleware())
app.use(express.json())

app.use('/api/notes', notes)
app.use('/api/profiles', profiles)

app.use('/api/admin', requireAuth())

// ok: CLK101
// ruleid: CLK201
app.get('/api/admin/stats', async (req, res) => {
  res.json({ count: await prisma.note.count() })
})

app.listen(3000)
