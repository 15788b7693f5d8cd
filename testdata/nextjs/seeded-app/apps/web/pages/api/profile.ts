import type { NextApiRequest, NextApiResponse } from 'next'
import { getAuth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ruleid: CLK102
  const { userId } = getAuth(req)
  res.json(await db.profile.findUnique({ where: { userId } }))
}
