import type { NextApiRequest, NextApiResponse } from 'next'
import { Webhook } from 'svix'
import { db } from '@/lib/db'

export const config = { api: { bodyParser: false } }

async function rawBody(req: NextApiRequest): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

// ok: CLK101, CLK301, CLK304
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET!)
  let evt: any
  try {
    evt = wh.verify(await rawBody(req), {
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
