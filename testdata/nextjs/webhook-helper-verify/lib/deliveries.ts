import { Webhook } from 'svix'

// svix's verify throws on a bad signature; nothing catches it here.
export async function verifyDelivery(req: Request) {
  const body = await req.text()
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')
  return wh.verify(body, {
    'svix-id': req.headers.get('svix-id') ?? '',
    'svix-timestamp': req.headers.get('svix-timestamp') ?? '',
    'svix-signature': req.headers.get('svix-signature') ?? '',
  }) as { type: string; data: { id: string } }
}
