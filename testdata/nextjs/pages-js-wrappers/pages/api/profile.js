import { getAuth, clerkClient } from '@clerk/nextjs/server'

async function handler(req, res) {
  const { userId } = getAuth(req)
  if (userId == null) {
    res.status(401).end()
    return
  }
  const client = await clerkClient()
  const user = await client.users.getUser(userId)
  res.json({ name: user.fullName })
}

// ok: CLK101, CLK102, CLK201, CLK202
export default handler
