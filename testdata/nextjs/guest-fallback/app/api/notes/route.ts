import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// Falling back to an id the request sends is no guest view: anyone
// signed out reads whoever's notes they name.
// ok: CLK101
export async function GET(req: Request) {
  // ruleid: CLK102
  const { userId } = await auth()
  const as = new URL(req.url).searchParams.get('as')
  const notes = await db.note.findMany({ where: { authorId: userId ?? as } })
  return Response.json(notes)
}
