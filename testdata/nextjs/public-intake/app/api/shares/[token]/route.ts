import { db } from '@/lib/db'

// The share token selects the share, but the row this changes is chosen
// by the body: the token does not cover it.
// ruleid: CLK101
export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const { documentId } = await req.json()
  await db.share.findUnique({ where: { token } })
  await db.page.update({ where: { id: documentId }, data: { sharedAt: new Date() } })
  return Response.json({ ok: true })
}
