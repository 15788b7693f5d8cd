import type { NextApiRequest, NextApiResponse } from 'next'
import { getAuth } from '@clerk/nextjs/server'

// Signed in, under /api/admin, no role check.
// ruleid: CLK201
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).end()
  return res.json({ rows: [] })
}
