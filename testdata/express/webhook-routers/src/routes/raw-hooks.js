import { Router } from 'express'
import { clerkHandler } from '../controllers/webhook.js'

const router = Router()

// ok: CLK304
router.post('/', clerkHandler)

export default router
