import { db } from '@/lib/db'

// A follower count per creator, the table named for what it holds.
// ok: CLK101
export async function GET(req: Request) {
  const creatorId = new URL(req.url).searchParams.get('creatorId') ?? ''
  return Response.json({ count: await db.follow.count({ where: { creatorId } }) })
}
