import express from 'express'
import { verifyWebhook } from '@clerk/express/webhooks'
import { db } from '../lib/db'

// A plain Node server next to the Next app: receivers registered on Express.
const app = express()

app.post('/api/clerk-webhooks', express.raw({ type: 'application/json' }), async (req, res) => {
  const evt = JSON.parse(req.body.toString())
  if (req.headers['svix-id'] === undefined) return res.status(400).end()
  // ruleid: CLK301
  if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
  res.status(200).end()
})

app.post('/api/webhooks/clerk', express.raw({ type: 'application/json' }), async (req, res) => {
  try {
    // ok: CLK301
    const evt = await verifyWebhook(req)
    if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
    return res.status(200).end()
  } catch {
    return res.status(400).send('invalid signature')
  }
})

// The error response is sent, but the handler goes on and acts anyway.
app.post('/api/webhooks/members', express.raw({ type: 'application/json' }), async (req, res) => {
  let evt
  try {
    // ruleid: CLK301
    evt = await verifyWebhook(req)
  } catch {
    res.status(400).send('invalid signature')
  }
  if (evt?.type === 'organizationMembership.deleted') await db.user.delete({ id: evt.data.id })
  res.status(200).end()
})

app.listen(3001)
