import { Webhook } from 'svix'
import type { WebhookEvent } from '@clerk/nextjs/server'
import { db } from '../../../../lib/db'

// The receiver verifies through a helper of the same module (Convex's template shape).
export async function POST(request: Request) {
  // ok: CLK301
  const event = await validateRequest(request)
  if (!event) return new Response('invalid signature', { status: 400 })
  switch (event.type) {
    // ok: CLK303
    case 'user.created':
    case 'user.updated':
      await db.user.upsert({ id: event.data.id })
      break
    case 'user.deleted':
      await db.user.delete({ id: event.data.id })
      break
  }
  return new Response(null, { status: 200 })
}

async function validateRequest(req: Request): Promise<WebhookEvent | null> {
  const payloadString = await req.text()
  const svixHeaders = {
    'svix-id': req.headers.get('svix-id') ?? '',
    'svix-timestamp': req.headers.get('svix-timestamp') ?? '',
    'svix-signature': req.headers.get('svix-signature') ?? '',
  }
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')
  try {
    return wh.verify(payloadString, svixHeaders) as unknown as WebhookEvent
  } catch (error) {
    console.error('Error verifying webhook event', error)
    return null
  }
}
