import type { NextApiRequest, NextApiResponse } from 'next'
import { getAuth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

async function addRating(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req)
  if (!userId) {
    return res.status(401).json({ error: 'sign in first' })
  }
  await prisma.rating.create({ data: { ownerId: userId, stars: Number(req.body.stars) } })
  return res.status(201).end()
}

// No check: anyone can wipe a recipe's ratings.
async function clearRatings(req: NextApiRequest, res: NextApiResponse) {
  await prisma.rating.deleteMany({ where: { recipeId: String(req.query.id) } })
  return res.status(204).end()
}

// ruleid: CLK101
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    return addRating(req, res)
  }
  if (req.method === 'DELETE') {
    return clearRatings(req, res)
  }
  res.status(405).end()
}
