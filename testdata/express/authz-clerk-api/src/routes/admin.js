import { Router } from 'express'
import { clerkClient, requireAuth } from '@clerk/express'
import { requireAdmin, requireOwnerEmail, requireSupportCopy } from '../middleware/roles.js'

const router = Router()

// Signed in is all it takes: the path says admin, nothing checks a role.
// ruleid: CLK201
router.get('/reports', requireAuth(), async (req, res) => {
  res.json(await clerkClient.users.getCount())
})

// ok: CLK201
router.get('/reports/full', requireAuth(), requireAdmin, async (req, res) => {
  res.json(await clerkClient.users.getCount())
})

// ok: CLK201
router.delete('/users/:id', requireAuth(), requireOwnerEmail, async (req, res) => {
  await clerkClient.users.deleteUser(req.params.id)
  res.status(204).end()
})

// ruleid: CLK201
router.post('/users/:id/ban', requireAuth(), requireSupportCopy, async (req, res) => {
  await clerkClient.users.banUser(req.params.id)
  res.status(204).end()
})

export default router
