import type { NextApiRequest, NextApiResponse } from 'next'
import { buffer } from 'micro'
import { Webhook } from 'svix'
import { db } from '../../../lib/db'

export const config = { api: { bodyParser: false } }

// The raw body, read from the stream, is what Svix signed.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const body = (await buffer(req)).toString()
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')
  let evt: { type: string; data: { id: string } }
  try {
    // ok: CLK304, CLK301
    evt = wh.verify(body, {
      'svix-id': req.headers['svix-id'] as string,
      'svix-timestamp': req.headers['svix-timestamp'] as string,
      'svix-signature': req.headers['svix-signature'] as string,
    }) as { type: string; data: { id: string } }
  } catch {
    return res.status(400).json({ error: 'invalid signature' })
  }
  if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
  return res.status(200).json({ ok: true })
}
