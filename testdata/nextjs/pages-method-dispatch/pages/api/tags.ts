import type { NextApiRequest, NextApiResponse } from 'next'
import { getAuth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

async function addTag(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req)
  if (!userId) {
    return res.status(401).json({ error: 'sign in first' })
  }
  await prisma.tag.create({ data: { ownerId: userId, name: String(req.body.name) } })
  return res.status(201).end()
}

// The checked helper is called, not returned: the handler writes on after it.
// ruleid: CLK101
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    await addTag(req, res)
    await prisma.tagLog.create({ data: { name: String(req.body.name) } })
    return
  }
  res.status(405).end()
}
