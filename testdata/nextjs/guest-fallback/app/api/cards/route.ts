import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The fallback bound to a name first, with ||.
// ok: CLK101, CLK102
export async function GET() {
  const { userId } = await auth()
  const viewer = userId || 'sample-user'
  const cards = await db.card.findMany({ where: { authorId: viewer } })
  return Response.json(cards)
}
