import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'
import { devMode } from '@/lib/session'

// Anyone may view; a signed-in viewer's visit is also counted.
// ok: CLK101, CLK102
export async function POST(req: Request) {
  const { userId } = devMode ? { userId: 'dev-user' } : await auth()
  const { postId } = await req.json()
  if (userId) {
    await db.view.create({ data: { userId, postId } })
  }
  return Response.json({ postId })
}
