import { verifyWebhook } from '@clerk/nextjs/webhooks'
import type { NextApiRequest, NextApiResponse } from 'next'

// ok: CLK101, CLK102, CLK301, CLK302, CLK303, CLK304
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const evt = await verifyWebhook(req)
    const { id } = evt.data
    const eventType = evt.type
    console.log(`Received webhook with ID ${id} and event type of ${eventType}`)
    console.log('Webhook payload:', evt.data)
    return res.status(200).send('Webhook received')
  } catch (err) {
    console.error('Error verifying webhook:', err)
    return res.status(400).send('Error verifying webhook')
  }
}
