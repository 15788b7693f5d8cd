// Shaped like Clerk's Express quickstart: every route here is correct.
import 'dotenv/config'
import express from 'express'
import { clerkClient, clerkMiddleware, getAuth } from '@clerk/express'

const app = express()
const PORT = 3000

// ok: CLK103
app.use(clerkMiddleware())

// ok: CLK101
app.get('/', (req, res) => {
  res.send('Hello from a public route')
})

// ok: CLK101, CLK102, CLK103
app.get('/protected', async (req, res) => {
  const { isAuthenticated, userId } = getAuth(req)
  if (!isAuthenticated) {
    return res.status(401).json({ error: 'Sign in first' })
  }
  const user = await clerkClient.users.getUser(userId)
  return res.json({ user })
})

app.listen(PORT, () => console.log(`listening on ${PORT}`))
