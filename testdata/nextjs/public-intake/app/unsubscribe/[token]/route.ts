import { db } from '@/lib/db'

// The link in every newsletter: its token selects the one subscription.
// ok: CLK101
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  await db.subscriber.updateMany({ where: { unsubscribeToken: token }, data: { active: false } })
  return new Response('You have been unsubscribed.')
}
