import type { NextApiRequest, NextApiResponse } from 'next'
import { Webhook } from 'svix'

export const config = { api: { bodyParser: false } }

// The parser is off, yet the code still verifies the parsed body, which is now undefined.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const payload = JSON.stringify(req.body)
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')
  try {
    // ruleid: CLK304
    wh.verify(payload, req.headers as Record<string, string>)
  } catch {
    return res.status(400).end()
  }
  return res.status(200).end()
}
