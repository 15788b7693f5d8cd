import express from 'express'
import { Webhook } from 'svix'
import { db } from '../lib/db'

const app = express()
const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')

// The webhook route is registered before the global JSON parser, as Clerk's docs say.
// ok: CLK304
app.post('/api/webhooks', express.raw({ type: 'application/json' }), async (req, res) => {
  let evt: { type: string; data: { id: string } }
  try {
    evt = wh.verify(req.body, {
      'svix-id': req.get('svix-id') ?? '',
      'svix-timestamp': req.get('svix-timestamp') ?? '',
      'svix-signature': req.get('svix-signature') ?? '',
    }) as { type: string; data: { id: string } }
  } catch {
    return res.status(400).send('invalid signature')
  }
  if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
  return res.status(200).end()
})

app.use(express.json())

// A parser that keeps the raw bytes (verify callback) is fine too.
const api = express()
api.use(express.json({ verify: (req, _res, buf) => { (req as unknown as { rawBody: Buffer }).rawBody = buf } }))
// ok: CLK304
api.post('/hooks/clerk', async (req, res) => {
  const raw = (req as unknown as { rawBody: Buffer }).rawBody.toString()
  try {
    wh.verify(raw, req.headers as Record<string, string>)
  } catch {
    return res.status(400).end()
  }
  return res.status(200).end()
})
