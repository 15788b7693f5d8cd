import { getAuth } from '@clerk/nextjs/server'
import type { NextApiRequest, NextApiResponse } from 'next'

// ok: CLK101, CLK102, CLK201, CLK202
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { isAuthenticated, userId } = getAuth(req)
  if (!isAuthenticated) {
    return res.status(401).json({ error: 'Unauthorized' })
  }
  return res.status(200).json([{ id: 1, owner: userId }])
}
