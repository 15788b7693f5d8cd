import { verifyWebhook } from '@clerk/nextjs/webhooks'
import { db } from '../../../../lib/db'

// A failed verification becomes null, and null is refused.
export async function POST(req: Request) {
  // ok: CLK301
  const evt = await verifyWebhook(req).catch(() => null)
  if (!evt) return new Response('invalid signature', { status: 400 })
  if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
  return new Response('ok')
}
