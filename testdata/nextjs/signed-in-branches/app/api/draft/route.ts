import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// Signed out it still writes before the session test.
// ok: CLK101
export async function POST(req: Request) {
  // ruleid: CLK102
  const { userId } = await auth()
  const { text } = await req.json()
  const draft = await db.draft.create({ data: { text } })
  if (userId) {
    await db.draft.update({ where: { id: draft.id }, data: { authorId: userId } })
  }
  await db.draft.deleteMany({ where: { stale: true } })
  return Response.json({ id: draft.id })
}
