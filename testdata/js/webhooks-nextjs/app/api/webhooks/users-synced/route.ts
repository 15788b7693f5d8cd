import { verifyWebhook } from '@clerk/nextjs/webhooks'
import type { WebhookEvent } from '@clerk/nextjs/server'
import { db } from '../../../../lib/db'

// A handler map that covers deletion too.
const handlers: Record<string, (evt: WebhookEvent) => Promise<void>> = {
  // ok: CLK303
  'user.created': async (evt) => db.user.upsert({ id: evt.data.id }),
  'user.updated': async (evt) => db.user.upsert({ id: evt.data.id }),
  'user.deleted': async (evt) => db.user.delete({ id: evt.data.id }),
}

export async function POST(req: Request) {
  try {
    // ok: CLK301
    const evt = await verifyWebhook(req)
    await handlers[evt.type]?.(evt)
    return new Response('ok')
  } catch {
    return new Response('invalid signature', { status: 400 })
  }
}
