import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

type Ctx = { params: Promise<{ teamId: string }> }

// The caller's row of the join table, by its compound key, gates the read.
export async function GET(req: Request, { params }: Ctx) {
  const { userId } = await auth.protect()
  const { teamId } = await params
  const seat = await db.userTeam.findUnique({ where: { userId_teamId: { userId, teamId } } })
  if (!seat) return new Response('Forbidden', { status: 403 })
  // ok: CLK203 (the caller's membership of this team was looked up)
  const team = await db.team.findUnique({ where: { id: teamId } })
  return Response.json(team)
}

// The join table is read for another user's row: nothing about the caller.
export async function PATCH(req: Request, { params }: Ctx) {
  const { userId } = await auth.protect()
  const { teamId } = await params
  const { plan } = await req.json()
  const anyone = await db.userTeam.findFirst({ where: { teamId } })
  if (!anyone) return new Response('Empty team', { status: 409 })
  // ruleid: CLK203
  await db.team.update({ where: { id: teamId }, data: { plan } })
  return Response.json({ ok: true })
}
