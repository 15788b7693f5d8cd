import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// Signed out, the seeded demo account's boards are shown: the missing
// session falls back to a constant, a guest view by design.
// ok: CLK101, CLK102
export async function GET() {
  const { userId } = await auth()
  const boards = await db.board.findMany({
    where: { ownerId: userId ?? 'demo-owner', archived: false },
  })
  const columns = await db.column.findMany({ where: { kind: 'default' } })
  return Response.json({ boards, columns })
}
