import { Router } from 'express'
import { rawBodyHandler } from '../controllers/webhook.js'

const router = Router()

// ok: CLK304
router.post('/', rawBodyHandler)

export default router
