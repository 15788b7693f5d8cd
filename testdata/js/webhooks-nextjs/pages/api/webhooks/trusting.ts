import type { NextApiRequest, NextApiResponse } from 'next'
import type { WebhookEvent } from '@clerk/nextjs/server'
import { db } from '../../../lib/db'

// The Pages Router twin of the unverified App Router route.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const evt = req.body as WebhookEvent
  // ruleid: CLK301
  switch (evt.type) {
    // ruleid: CLK303
    case 'user.created':
      await db.user.upsert({ id: evt.data.id })
      break
  }
  return res.status(200).json({ ok: true })
}
