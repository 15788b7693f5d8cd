import { db } from '@/lib/db'

// A team's id is no secret: anyone can join any team by its id.
// ruleid: CLK101
export async function POST(req: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params
  await db.team.update({ where: { id: teamId }, data: { seats: { increment: 1 } } })
  return Response.json({ ok: true })
}
