import { verifyWebhook } from '@clerk/nextjs/webhooks'
import type { NextRequest } from 'next/server'
import { deleteUserData } from '@/lib/notes'

// ok: CLK101, CLK102, CLK301, CLK302, CLK303, CLK304
export async function POST(req: NextRequest) {
  let evt
  try {
    evt = await verifyWebhook(req)
  } catch (err) {
    console.error('Error verifying webhook:', err)
    return new Response('Error verifying webhook', { status: 400 })
  }

  if (evt.type === 'user.created') {
    console.log('new user', evt.data.id)
  }
  if (evt.type === 'user.deleted' && evt.data.id) {
    await deleteUserData(evt.data.id)
  }
  return new Response('Webhook received', { status: 200 })
}
