import type { NextApiRequest, NextApiResponse } from 'next'
import { getAuth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

// Each method's helper answers 401 itself before it writes.
async function createRecipe(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req)
  if (!userId) {
    return res.status(401).json({ error: 'sign in first' })
  }
  const recipe = await prisma.recipe.create({ data: { ownerId: userId, title: req.body.title } })
  return res.status(201).json(recipe)
}

async function removeRecipe(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req)
  if (!userId) {
    return res.status(401).json({ error: 'sign in first' })
  }
  await prisma.recipe.deleteMany({ where: { id: String(req.query.id), ownerId: userId } })
  return res.status(204).end()
}

// ok: CLK101
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    return createRecipe(req, res)
  } else if (req.method === 'DELETE') {
    return await removeRecipe(req, res)
  }
  res.status(405).end()
}
