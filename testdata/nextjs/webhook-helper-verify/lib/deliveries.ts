import { Webhook } from 'svix'

const signing = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')

// Throws on a bad signature; nothing here catches it.
export function verifyDelivery(payload: string, headers: Headers) {
  const svixHeaders = Object.fromEntries(['svix-id', 'svix-timestamp', 'svix-signature'].map((h) => [h, headers.get(h) ?? '']))
  return signing.verify(payload, svixHeaders) as { type: string; data: { id: string } }
}
