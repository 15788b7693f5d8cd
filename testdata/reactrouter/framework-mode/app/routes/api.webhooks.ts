import { Webhook } from 'svix'
import type { Route } from './+types/api.webhooks'

// Svix signs the delivery: the signature is its authentication.
// ok: CLK101
export async function action({ request }: Route.ActionArgs) {
  const payload = await request.text()
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET!)
  const evt = wh.verify(payload, Object.fromEntries(request.headers)) as { type: string }
  return Response.json({ received: evt.type })
}
