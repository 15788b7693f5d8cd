import type { NextApiRequest, NextApiResponse } from 'next'
import { getAuth, clerkClient } from '@clerk/nextjs/server'

// Reads any user's profile by the query's userId.
// ok: CLK101
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).end()
  const client = await clerkClient()
  // ruleid: CLK202
  const user = await client.users.getUser(req.query.userId as string)
  return res.json({ name: user.firstName })
}
