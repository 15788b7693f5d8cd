import { verifyWebhook } from '@clerk/nextjs/webhooks'

// ok: CLK101, CLK102, CLK201, CLK202
export async function POST(req: Request) {
  try {
    const evt = await verifyWebhook(req)
    if (evt.type === 'user.deleted') console.log('deleted', evt.data.id)
    return new Response('ok')
  } catch {
    return new Response('bad', { status: 400 })
  }
}
