import { Webhook } from 'svix'
import type { WebhookEvent } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

export async function POST(req: Request) {
  const payload = await req.json()
  let evt: WebhookEvent
  try {
    // The signed bytes are gone: this is JSON.stringify's rendering of them.
    // ruleid: CLK304
    evt = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET!).verify(JSON.stringify(payload), {
      'svix-id': req.headers.get('svix-id')!,
      'svix-timestamp': req.headers.get('svix-timestamp')!,
      'svix-signature': req.headers.get('svix-signature')!,
    }) as WebhookEvent
  } catch {
    return new Response('Invalid signature', { status: 400 })
  }
  if (evt.type === 'user.deleted') await db.user.delete({ where: { clerkId: evt.data.id } })
  return new Response('ok')
}
