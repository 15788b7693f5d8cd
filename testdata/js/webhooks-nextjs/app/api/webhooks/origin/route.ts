import { verifyWebhook } from '@clerk/nextjs/webhooks'
import { validateOrigin } from '@acme/http-utils'
import { db } from '../../../../lib/db'

// A best-effort check whose failure is only logged is not the signature check.
export async function POST(req: Request) {
  try {
    // ok: CLK301
    validateOrigin(req.headers.get('origin'))
  } catch (e) {
    console.warn('unexpected origin', e)
  }
  try {
    const evt = await verifyWebhook(req)
    if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
    return new Response('ok')
  } catch {
    return new Response('invalid signature', { status: 400 })
  }
}
