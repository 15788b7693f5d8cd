import { verifyWebhook } from '@clerk/nextjs/webhooks'

// The admin middleware protects every /api path, webhooks included: Svix gets refused.
// ruleid: CLK302
export async function POST(req: Request) {
  const evt = await verifyWebhook(req)
  return Response.json({ type: evt.type })
}
