import { db } from '@/lib/db'

// People search: handles, names and avatars only.
// ok: CLK101
export async function GET(req: Request) {
  const q = new URL(req.url).searchParams.get('q') ?? ''
  const people = await db.member.findMany({
    where: { handle: { startsWith: q } },
    select: { handle: true, display_name: true, avatar_url: true, followers_count: true },
    take: 10,
  })
  return Response.json(people)
}
