import { db } from '@/lib/db'

// The same search handing out phone numbers.
// ruleid: CLK101
export async function GET(req: Request) {
  const q = new URL(req.url).searchParams.get('q') ?? ''
  const people = await db.member.findMany({ where: { handle: { startsWith: q } }, select: { handle: true, phone: true } })
  return Response.json(people)
}
