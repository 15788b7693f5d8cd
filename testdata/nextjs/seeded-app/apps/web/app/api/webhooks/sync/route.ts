import { Webhook } from 'svix'
import type { WebhookEvent } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

export async function POST(req: Request) {
  const body = await req.text()
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET!)
  let evt: WebhookEvent
  try {
    evt = wh.verify(body, {
      'svix-id': req.headers.get('svix-id')!,
      'svix-timestamp': req.headers.get('svix-timestamp')!,
      'svix-signature': req.headers.get('svix-signature')!,
    }) as WebhookEvent
  } catch {
    return new Response('Invalid signature', { status: 400 })
  }
  // Deleted users stay in the local table forever.
  switch (evt.type) {
    // ruleid: CLK303
    case 'user.created':
      await db.user.create({ data: { clerkId: evt.data.id } })
      break
    case 'user.updated':
      await db.user.update({ where: { clerkId: evt.data.id }, data: {} })
      break
  }
  return new Response('ok')
}
