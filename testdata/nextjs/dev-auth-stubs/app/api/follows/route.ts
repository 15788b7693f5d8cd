import { db } from '@/lib/db'
import { getSession } from '@/lib/session'

// The switch exported by a module of the app.
// ok: CLK101, CLK102
export async function POST(req: Request) {
  const { userId } = await getSession()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { topicId } = await req.json()
  await db.follow.create({ data: { userId, topicId } })
  return Response.json({ ok: true })
}

// The same switch, unchecked.
// ok: CLK101
export async function DELETE() {
  // ruleid: CLK102
  const { userId } = await getSession()
  await db.follow.deleteMany({ where: { userId } })
  return Response.json({ ok: true })
}
