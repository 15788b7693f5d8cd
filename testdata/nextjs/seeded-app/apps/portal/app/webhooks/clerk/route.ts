import { verifyWebhook } from '@clerk/nextjs/webhooks'
import type { NextRequest } from 'next/server'

// Clerk's servers have no session: auth.protect() in the middleware answers them 404.
// ruleid: CLK302
export async function POST(req: NextRequest) {
  try {
    const evt = await verifyWebhook(req)
    console.log('event', evt.type)
    return new Response('ok')
  } catch {
    return new Response('Invalid signature', { status: 400 })
  }
}
