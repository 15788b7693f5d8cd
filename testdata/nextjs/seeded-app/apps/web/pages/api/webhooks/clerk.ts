import type { NextApiRequest, NextApiResponse } from 'next'
import { Webhook } from 'svix'
import { db } from '@/lib/db'

// Next has already parsed the body: JSON.stringify(req.body) is not the signed bytes.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET!)
  let evt: any
  try {
    // ruleid: CLK304
    evt = wh.verify(JSON.stringify(req.body), {
      'svix-id': req.headers['svix-id'] as string,
      'svix-timestamp': req.headers['svix-timestamp'] as string,
      'svix-signature': req.headers['svix-signature'] as string,
    })
  } catch {
    return res.status(400).end()
  }
  if (evt.type === 'user.deleted') await db.user.delete({ where: { clerkId: evt.data.id } })
  res.status(200).end()
}
