import { db } from '@/lib/db'

// The invitation's code is the credential: the route reads and marks only
// the invitation it selects.
// ok: CLK101
export async function POST(_req: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  const invite = await db.invite.findUnique({ where: { code } })
  if (!invite) return new Response('Not found', { status: 404 })
  await db.invite.update({ where: { code }, data: { acceptedAt: new Date() } })
  return Response.json({ ok: true })
}
