import { verifyWebhook } from '@clerk/nextjs/webhooks'

// Webhooks authenticate by signature and are public routes.
// ok: CLK101
export async function POST(req: Request) {
  const evt = await verifyWebhook(req)
  return Response.json({ type: evt.type })
}
