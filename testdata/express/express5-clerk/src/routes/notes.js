import { Router } from 'express'
import { getAuth } from '@clerk/express'
import { prisma } from '../db.js'
import { requireUser } from '../middleware/requireUser.js'

const router = Router()

// ok: CLK101
router.get('/', requireUser, async (req, res) => {
  const { userId } = getAuth(req)
  res.json(await prisma.note.findMany({ where: { userId } }))
})

// ok: CLK101
router.post('/', async (req, res) => {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).json({ error: 'Unauthorized' })
  res.json(await prisma.note.create({ data: { userId, body: req.body.text } }))
})

// ruleid: CLK101
router.delete('/:id', async (req, res) => {
  await prisma.note.delete({ where: { id: req.params.id } })
  res.status(204).end()
})

router.put('/:id', async (req, res) => {
  // ruleid: CLK102
  const { userId } = getAuth(req)
  res.json(await prisma.note.update({ where: { id: req.params.id, userId }, data: { body: req.body.text } }))
})

export default router
