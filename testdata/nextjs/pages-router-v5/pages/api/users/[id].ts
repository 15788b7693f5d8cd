import type { NextApiRequest, NextApiResponse } from 'next'
import { clerkClient } from '@clerk/nextjs/server'

// ruleid: CLK101
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await clerkClient.users.getUser(String(req.query.id))
  res.status(200).json(user)
}
