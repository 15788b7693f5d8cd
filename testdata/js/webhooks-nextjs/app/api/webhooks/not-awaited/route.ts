import { verifyWebhook } from '@clerk/nextjs/webhooks'
import { db } from '../../../../lib/db'

// verifyWebhook returns a promise: without await a bad signature stops nothing.
export async function POST(req: Request) {
  const raw = await req.clone().json()
  // ruleid: CLK301
  verifyWebhook(req)
  if (raw.type === 'user.deleted') await db.user.delete({ id: raw.data.id })
  return new Response('ok')
}
