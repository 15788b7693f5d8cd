import { currentMember } from '@/lib/session'
import { prisma } from '@/lib/prisma'

const settings: { venueRole?: string } = {}

// settings.venueRole may be undefined, and so is member?.role when signed
// out: the comparison lets a signed-out request through.
export async function POST(req: Request) {
  // ruleid: CLK102
  const member = await currentMember()
  const allowed = member?.role === settings.venueRole
  if (!allowed) return Response.json({ error: 'forbidden' }, { status: 403 })
  return Response.json(await prisma.venue.create({ data: await req.json() }))
}
