import { currentMember } from '@/lib/session'
import { prisma } from '@/lib/prisma'

// The memoised helper returns null when signed out, and the handler
// answers 403 unless the member is an organiser.
// ok: CLK101
export async function POST(req: Request) {
  const member = await currentMember()
  const organiser = member?.role === 'ORGANISER'
  if (!organiser) return Response.json({ error: 'forbidden' }, { status: 403 })
  return Response.json(await prisma.event.create({ data: await req.json() }))
}
