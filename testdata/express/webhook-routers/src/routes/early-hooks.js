import express from 'express'
import { svixHandler } from '../controllers/webhook.js'

const router = express.Router()

// ok: CLK304, CLK302
router.post('/', express.raw({ type: 'application/json' }), svixHandler)

export default router
