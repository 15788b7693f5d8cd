import type { NextApiRequest, NextApiResponse } from 'next'
import { getAuth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).json({ error: 'Unauthorized' })
  const { id } = req.body
  // ok: CLK203 (the note must be the caller's)
  const note = await db.note.findFirst({ where: { id, authorId: userId } })
  return res.status(200).json(note)
}
