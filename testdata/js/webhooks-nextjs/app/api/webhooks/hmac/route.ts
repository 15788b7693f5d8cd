import { verifySvixSignature } from '../../../../lib/hmac'
import { db } from '../../../../lib/db'

export async function POST(req: Request) {
  const body = await req.text()
  const ok = verifySvixSignature(body, req.headers.get('svix-id') ?? '', req.headers.get('svix-timestamp') ?? '',
    req.headers.get('svix-signature') ?? '', process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')
  if (!ok) return new Response('invalid signature', { status: 400 })
  const evt = JSON.parse(body)
  // ok: CLK301
  if (evt.type === 'user.deleted') await db.user.delete({ id: evt.data.id })
  return new Response('ok')
}
