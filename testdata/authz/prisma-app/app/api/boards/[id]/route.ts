import { auth } from '@clerk/nextjs/server'
import { getOwnedBoardOrThrow, loadBoard } from '@/lib/access'

type Ctx = { params: Promise<{ id: string }> }

export async function GET(req: Request, { params }: Ctx) {
  const { userId } = await auth.protect()
  const { id } = await params
  // ok: CLK203 (the helper filters by the owner it is given)
  const board = await getOwnedBoardOrThrow(id, userId)
  return Response.json(board)
}

// ruleid: CLK203
export async function POST(req: Request, { params }: Ctx) {
  await auth.protect()
  const { id } = await params
  const board = await loadBoard(id)
  return Response.json(board)
}
