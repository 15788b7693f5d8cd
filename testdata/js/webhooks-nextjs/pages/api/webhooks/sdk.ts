import type { NextApiRequest, NextApiResponse } from 'next'
import { verifyWebhook } from '@clerk/nextjs/webhooks'
import { db } from '../../../lib/db'

// Clerk's verifyWebhook re-serialises the parsed body itself in the Pages
// Router and needs the default parser: not CLK304.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    // ok: CLK301, CLK304
    const evt = await verifyWebhook(req)
    if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
    return res.status(200).json({ ok: true })
  } catch {
    return res.status(400).json({ error: 'invalid signature' })
  }
}
