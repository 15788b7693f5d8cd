import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The answer is checked for everyone; the score kept for a session only.
// ok: CLK101, CLK102
export async function POST(req: Request) {
  const session = await auth()
  const { answer } = await req.json()
  const correct = answer === 42
  session?.userId && (await db.score.updateMany({ where: { userId: session.userId }, data: { points: { increment: correct ? 1 : 0 } } }))
  return Response.json({ correct })
}
