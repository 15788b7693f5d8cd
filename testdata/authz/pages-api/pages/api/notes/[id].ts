import type { NextApiRequest, NextApiResponse } from 'next'
import { getAuth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).json({ error: 'Unauthorized' })
  if (req.method === 'DELETE') {
    // ruleid: CLK203
    await db.note.delete({ where: { id: String(req.query.id) } })
    return res.status(204).end()
  }
  return res.status(405).end()
}
