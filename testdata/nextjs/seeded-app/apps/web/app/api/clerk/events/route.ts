import { Webhook } from 'svix'
import type { WebhookEvent } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// Not under /api/webhooks, but the svix signature authenticates it.
// ok: CLK101, CLK301
export async function POST(req: Request) {
  const body = await req.text()
  let evt: WebhookEvent
  try {
    // ok: CLK304
    evt = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET!).verify(body, {
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
