import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// A name the handler assigns again may hold anything by the test.
// ok: CLK101
export async function POST(req: Request) {
  // ruleid: CLK102
  const { userId } = await auth()
  const { goalId } = await req.json()
  let backer = userId
  if (!backer) backer = 'anonymous'
  if (backer) {
    await db.backing.create({ data: { goalId, backer } })
  }
  return Response.json({ ok: true })
}
