import { Router } from 'express'
import { prisma } from '../db.js'
import { requireUser } from '../middleware/requireUser.js'

// Auth is added route by route here: the reads left without it are public
// profiles, the write left without it is a slip.
const profiles = Router()

// ok: CLK101
profiles.get('/:handle', async (req, res) => {
  res.json(await prisma.profile.findUnique({ where: { handle: req.params.handle } }))
})

// ok: CLK101
profiles.put('/:handle', requireUser, async (req, res) => {
  // ruleid: CLK203 (any signed-in user can edit any profile)
  res.json(await prisma.profile.update({ where: { handle: req.params.handle }, data: req.body }))
})

// ruleid: CLK101
profiles.delete('/:handle', async (req, res) => {
  await prisma.profile.delete({ where: { handle: req.params.handle } })
  res.status(204).end()
})

export default profiles
