import 'dotenv/config'
import cors from 'cors'
import express from 'express'
import { clerkClient, clerkMiddleware, getAuth } from '@clerk/express'
import { verifyWebhook } from '@clerk/express/webhooks'

const app = express()

// Webhooks need the raw body, so this route is registered before express.json().
// ok: CLK101, CLK102, CLK201, CLK202
app.post('/api/webhooks', express.raw({ type: 'application/json' }), async (req, res) => {
  try {
    const evt = await verifyWebhook(req)
    if (evt.type === 'user.deleted') {
      console.log('user deleted', evt.data.id)
    } else if (evt.type === 'user.created' || evt.type === 'user.updated') {
      console.log('user synced', evt.data.id)
    }
    res.send('Webhook received')
  } catch (err) {
    console.error('Error verifying webhook:', err)
    res.status(400).send('Error verifying webhook')
  }
})

// ok: CLK101, CLK102, CLK201, CLK202
app.use(cors({ origin: 'http://localhost:5173' }))
// ok: CLK101, CLK102, CLK201, CLK202
app.use(express.json())
// ok: CLK101, CLK102, CLK201, CLK202
app.use(clerkMiddleware())

// ok: CLK101, CLK102, CLK201, CLK202
app.get('/api/todos', (req, res) => {
  const { isAuthenticated, userId } = getAuth(req)
  if (!isAuthenticated) {
    return res.status(401).json({ error: 'User not authenticated' })
  }
  res.json([{ id: 1, title: `first todo of ${userId}` }])
})

// ok: CLK101, CLK102, CLK201, CLK202
app.get('/api/profile', async (req, res) => {
  const { userId } = getAuth(req)
  if (!userId) {
    res.status(401).json({ error: 'Unauthorized' })
    return
  }
  const user = await clerkClient.users.getUser(userId)
  res.json({ email: user.primaryEmailAddress?.emailAddress })
})

// ok: CLK101, CLK102, CLK201, CLK202
app.get('/health', (_req, res) => {
  res.json({ ok: true })
})

app.listen(3001, () => console.log('API on :3001'))
