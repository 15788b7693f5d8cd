import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The else branch of the session test is what a signed-out caller runs.
// ok: CLK101
export async function POST(req: Request) {
  // ruleid: CLK102
  const { userId } = await auth()
  const { streakId } = await req.json()
  if (userId) {
    return Response.json({ mine: true })
  } else {
    await db.streakReset.create({ data: { streakId } })
  }
  return Response.json({ ok: true })
}
