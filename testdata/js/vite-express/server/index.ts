import express from 'express'
import { clerkClient, clerkMiddleware, requireAuth, getAuth } from '@clerk/express'

const app = express()
app.use(clerkMiddleware({ secretKey: process.env.CLERK_SECRET_KEY }))

app.get('/api/me', async (req, res) => {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).json({ error: 'Unauthorized' })
  const user = await clerkClient.users.getUser(userId)
  res.json({ email: user.primaryEmailAddress?.emailAddress })
})

app.listen(3001)
