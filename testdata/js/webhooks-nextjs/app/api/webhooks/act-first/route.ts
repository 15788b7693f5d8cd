import { Webhook } from 'svix'
import { db } from '../../../../lib/db'

const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET ?? '')

// Deletes first, verifies afterwards.
export async function POST(req: Request) {
  const body = await req.text()
  const payload = JSON.parse(body)
  // ruleid: CLK301
  if (payload.type === 'user.deleted') await db.user.delete({ id: payload.data.id })
  wh.verify(body, Object.fromEntries(req.headers))
  return new Response('ok')
}
