import type { NextApiRequest, NextApiResponse } from 'next'
import type { WebhookEvent } from '@clerk/nextjs/server'
import { buffer } from 'micro'
import { Webhook } from 'svix'
import { removeUser, syncUser } from '../../../lib/posts'

export const config = {
  api: {
    bodyParser: false,
  },
}

// ok: CLK101, CLK102, CLK301, CLK302, CLK303, CLK304
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end()
  }

  const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET
  if (!WEBHOOK_SECRET) {
    throw new Error('Please add WEBHOOK_SECRET from Clerk Dashboard to .env or .env.local')
  }

  const svix_id = req.headers['svix-id'] as string
  const svix_timestamp = req.headers['svix-timestamp'] as string
  const svix_signature = req.headers['svix-signature'] as string

  if (!svix_id || !svix_timestamp || !svix_signature) {
    return res.status(400).json({ error: 'Error occured -- no svix headers' })
  }

  const body = (await buffer(req)).toString()

  const wh = new Webhook(WEBHOOK_SECRET)
  let evt: WebhookEvent
  try {
    evt = wh.verify(body, {
      'svix-id': svix_id,
      'svix-timestamp': svix_timestamp,
      'svix-signature': svix_signature,
    }) as WebhookEvent
  } catch (err) {
    console.error('Error verifying webhook:', err)
    return res.status(400).json({ Error: err })
  }

  const eventType = evt.type
  if (eventType === 'user.created' || eventType === 'user.updated') {
    await syncUser(evt.data.id, evt.data.email_addresses[0]?.email_address)
  } else if (eventType === 'user.deleted') {
    if (evt.data.id) await removeUser(evt.data.id)
  }

  return res.status(200).json({ response: 'Success' })
}
