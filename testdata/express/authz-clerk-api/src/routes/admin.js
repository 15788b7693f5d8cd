import { Router } from 'express'
import { clerkClient, requireAuth } from '@clerk/express'
import { requireAdmin } from '../middleware/roles.js'

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

export default router
