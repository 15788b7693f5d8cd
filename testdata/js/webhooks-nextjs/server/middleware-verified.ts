import express from 'express'
import { requireSvixSignature, withVerifiedWebhook } from '@acme/webhook-kit'
import { db } from '../lib/db'

const app = express()

// A verifying middleware runs before the handler.
app.post('/hooks/clerk', express.raw({ type: 'application/json' }), requireSvixSignature(), async (req, res) => {
  const evt = JSON.parse(req.body.toString())
  // ok: CLK301
  if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
  res.status(200).end()
})

// A wrapper verifies and calls the handler.
export const onClerkEvent = withVerifiedWebhook(async (req: Request) => {
  const evt = await req.json()
  // ok: CLK301
  if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
  return new Response('ok')
})
