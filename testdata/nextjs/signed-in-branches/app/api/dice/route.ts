import { auth } from '@clerk/nextjs/server'
import { keepThrow } from '@/lib/history'

// Anyone may throw; only a signed-in player's throw is kept, by a helper.
// ok: CLK101, CLK102
export async function POST() {
  const { userId } = await auth()
  const faces = [1, 2].map(() => 1 + Math.floor(Math.random() * 6))
  if (userId) {
    await keepThrow(userId, faces)
  }
  return Response.json({ faces })
}
