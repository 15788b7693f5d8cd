import { Webhook } from 'svix'
import { verifyWebhook } from '@clerk/express/webhooks'

const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET)

export async function svixHandler(req, res) {
  let evt
  try {
    // ok: CLK301
    evt = wh.verify(req.body, {
      'svix-id': req.headers['svix-id'],
      'svix-timestamp': req.headers['svix-timestamp'],
      'svix-signature': req.headers['svix-signature'],
    })
  } catch {
    return res.status(400).send('bad signature')
  }
  console.log('event', evt.type)
  return res.status(200).send('ok')
}

export async function clerkHandler(req, res) {
  try {
    const evt = await verifyWebhook(req)
    console.log('event', evt.type)
    return res.send('ok')
  } catch {
    return res.status(400).send('bad signature')
  }
}

export async function rawBodyHandler(req, res) {
  try {
    wh.verify(req.rawBody.toString('utf8'), req.headers)
  } catch {
    return res.status(400).end()
  }
  return res.status(200).end()
}
