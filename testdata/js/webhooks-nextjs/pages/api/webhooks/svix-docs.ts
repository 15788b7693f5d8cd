import type { NextApiRequest, NextApiResponse } from 'next'
import { Webhook } from 'svix'
import { buffer } from 'micro'

const config = {
  api: {
    bodyParser: false,
  },
}
export { config }

// Svix's own Pages Router sample: res.json() answers, it reads no payload,
// and nothing acts on the message after the try.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const payload = (await buffer(req)).toString()
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')
  let msg
  try {
    // ok: CLK301, CLK304
    msg = wh.verify(payload, req.headers as Record<string, string>)
  } catch (err) {
    res.status(400).json({})
  }
  res.json({})
}
