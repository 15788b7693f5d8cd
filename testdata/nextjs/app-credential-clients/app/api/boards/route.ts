import { BoardClient } from 'boardkit'

// The client carries only the caller's own token: the other service
// decides what they may list.
// ok: CLK101
export async function GET(request: Request) {
  const client = new BoardClient({ token: request.headers.get('x-board-token') })
  return Response.json(await client.listBoards())
}
