import express from 'express'
import { svixHandler, clerkHandler } from '../controllers/webhook.js'

const router = express.Router()

// express.raw here is a no-op: the app's JSON parser ran first.
// ruleid: CLK304
router.post('/svix', express.raw({ type: 'application/json' }), svixHandler)

// ruleid: CLK304
router.post('/clerk', clerkHandler)

// ok: CLK304
router.get('/status', (req, res) => res.json({ ok: true }))

export default router
