import type { NextApiRequest, NextApiResponse } from 'next'
import { Webhook } from 'svix'
import { db } from '../../../lib/db'

// Next's body parser already turned req.body into an object: the signed bytes are gone.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')
  let evt: { type: string; data: { id: string } }
  try {
    // ruleid: CLK304
    evt = wh.verify(JSON.stringify(req.body), {
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
