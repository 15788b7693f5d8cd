import { Router } from 'express'
import { getAuth } from '@clerk/express'

const router = Router()

// ok: CLK101
router.get('/', (req, res) => res.json([]))

router.post('/', (req, res) => {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).end()
  return res.status(201).json({ by: userId })
})

export default router
