import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The guest's boards, and then any board the URL names: that read is
// not the guest's.
// ok: CLK101
export async function GET(_req: Request, { params }: { params: Promise<{ boardId: string }> }) {
  // ruleid: CLK102
  const { userId } = await auth()
  const { boardId } = await params
  const mine = await db.board.findMany({ where: { ownerId: userId ?? 'demo-owner' } })
  // ruleid: CLK203
  const board = await db.board.findUnique({ where: { id: boardId } })
  return Response.json({ mine, board })
}
