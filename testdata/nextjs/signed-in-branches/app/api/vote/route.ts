import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The test is the wrong way round: only signed-out callers write.
// ok: CLK101
export async function POST(req: Request) {
  // ruleid: CLK102
  const { userId } = await auth()
  const { pollId } = await req.json()
  if (!userId) {
    await db.poll.update({ where: { id: pollId }, data: { votes: { increment: 1 } } })
  }
  return Response.json({ ok: true })
}
