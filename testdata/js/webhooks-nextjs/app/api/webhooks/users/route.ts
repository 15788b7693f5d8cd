import { verifyWebhook } from '@clerk/nextjs/webhooks'
import { db } from '../../../../lib/db'

// Users are copied in but never removed.
export async function POST(req: Request) {
  try {
    // ok: CLK301
    const evt = await verifyWebhook(req)
    // ruleid: CLK303
    if (evt.type === 'user.created' || evt.type === 'user.updated') {
      await db.user.upsert({ id: evt.data.id })
    }
    return new Response('ok')
  } catch {
    return new Response('invalid signature', { status: 400 })
  }
}
