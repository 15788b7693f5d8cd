import { Webhook } from 'svix'

// The module's own verifier, shared by receivers.
export async function verifiedEvent(req: Request) {
  const body = await req.text()
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')
  // ok: CLK301
  return wh.verify(body, {
    'svix-id': req.headers.get('svix-id') ?? '',
    'svix-timestamp': req.headers.get('svix-timestamp') ?? '',
    'svix-signature': req.headers.get('svix-signature') ?? '',
  }) as { type: string; data: { id: string } }
}
