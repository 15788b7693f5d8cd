import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'
import { throttle } from '@/lib/wrappers'

// The returned function checks nothing.
// ruleid: CLK101
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return throttle({ max: 30 })(async (req: NextRequest) => {
    const { id } = await params
    const board = await db.board.update({ where: { id }, data: await req.json() })
    return Response.json(board)
  })(req)
}
