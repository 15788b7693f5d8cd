import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'
import { devMode } from '@/lib/session'

// The session read in a branch of the development switch, then checked.
// ok: CLK101, CLK102
export async function POST(req: Request) {
  const { userId } = devMode ? { userId: 'dev-user' } : await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { postId } = await req.json()
  await db.like.create({ data: { userId, postId } })
  return Response.json({ ok: true })
}
