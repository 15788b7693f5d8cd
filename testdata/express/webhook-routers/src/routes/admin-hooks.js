import { Router } from 'express'
import { clerkHandler } from '../controllers/webhook.js'

const router = Router()

// Also after the JSON parser.
// ruleid: CLK302, CLK304
router.post('/', clerkHandler)

export default router
