import { listItems } from '@/lib/items'

// The public catalogue: the caller passes no token, so none is sent.
// ok: CLK101
export async function GET(req: Request) {
  const limit = Number(new URL(req.url).searchParams.get('limit') ?? '20')
  return Response.json(await listItems({ limit }))
}
