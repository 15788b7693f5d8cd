import { verifiedEvent } from '../../../../lib/verify'
import { db } from '../../../../lib/db'

// Verification lives in a project helper that imports svix.
export async function POST(req: Request) {
  try {
    // ok: CLK301
    const evt = await verifiedEvent(req)
    if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
    return new Response('ok')
  } catch {
    return new Response('invalid signature', { status: 400 })
  }
}
