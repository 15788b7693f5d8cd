import { Webhook } from 'svix'
import { upsertMember, removeMember } from '../../../../lib/members'

// A verified Clerk webhook: the helpers it calls live in a 'use server'
// module by habit.
// ok: CLK101, CLK301
export async function POST(req: Request) {
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SIGNING_SECRET!)
  const evt = wh.verify(await req.text(), {
    'svix-id': req.headers.get('svix-id')!,
    'svix-timestamp': req.headers.get('svix-timestamp')!,
    'svix-signature': req.headers.get('svix-signature')!,
  }) as { type: string; data: { id: string; first_name?: string } }
  if (evt.type === 'user.deleted') await removeMember(evt.data.id)
  else await upsertMember(evt.data.id, evt.data.first_name ?? '')
  return new Response('ok')
}
