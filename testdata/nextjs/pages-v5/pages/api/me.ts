import { clerkClient, getAuth } from '@clerk/nextjs/server'
import type { NextApiRequest, NextApiResponse } from 'next'

// ok: CLK101, CLK102, CLK201, CLK202
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req)
  if (!userId) {
    res.status(401).json({ error: 'Unauthorized' })
    return
  }
  const user = await clerkClient.users.getUser(userId)
  res.status(200).json({ email: user.primaryEmailAddress?.emailAddress })
}
