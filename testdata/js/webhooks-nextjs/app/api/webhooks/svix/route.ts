import { headers } from 'next/headers'
import { Webhook } from 'svix'
import type { WebhookEvent } from '@clerk/nextjs/server'
import { db } from '../../../../lib/db'

// Clerk's older docs recipe: the body is parsed and re-serialised before
// verify(). Fragile (CLK304: fails for JSON that does not round-trip), but it
// is verification: not CLK301.
export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SIGNING_SECRET
  if (!secret) throw new Error('CLERK_WEBHOOK_SIGNING_SECRET is not set')
  const h = await headers()
  const svixId = h.get('svix-id')
  const svixTimestamp = h.get('svix-timestamp')
  const svixSignature = h.get('svix-signature')
  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response('missing svix headers', { status: 400 })
  }
  const payload = await req.json()
  const body = JSON.stringify(payload)
  const wh = new Webhook(secret)
  let evt: WebhookEvent
  try {
    // ok: CLK301
    // ruleid: CLK304
    evt = wh.verify(body, {
      'svix-id': svixId,
      'svix-timestamp': svixTimestamp,
      'svix-signature': svixSignature,
    }) as WebhookEvent
  } catch (err) {
    console.error('webhook verification failed', err)
    return new Response('invalid signature', { status: 400 })
  }
  // ok: CLK303
  if (evt.type === 'user.created') await db.user.upsert({ id: evt.data.id })
  if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
  return new Response('ok')
}
