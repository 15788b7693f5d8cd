import { Svix } from 'svix'

// Sends webhooks (svix's client), it does not receive them: it needs a session like any endpoint.
// ruleid: CLK101
export async function POST(req: Request) {
  const { appId, payload } = await req.json()
  const svix = new Svix(process.env.SVIX_API_KEY!)
  await svix.message.create(appId, { eventType: 'invoice.paid', payload })
  return new Response(null, { status: 202 })
}
