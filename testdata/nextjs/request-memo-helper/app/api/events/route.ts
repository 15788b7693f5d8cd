import { currentMember } from '@/lib/session'
import { prisma } from '@/lib/prisma'
import { MemberRole } from '@prisma/client'

// The memoised helper returns null when signed out, and the handler
// answers 403 unless the member is an organiser (an enum constant, never
// undefined).
// ok: CLK101, CLK102
export async function POST(req: Request) {
  try {
    const member = await currentMember()
    const organiser = member?.role === MemberRole.ORGANISER
    if (!organiser) return Response.json({ error: 'forbidden' }, { status: 403 })
    return Response.json(await prisma.event.create({ data: await req.json() }))
  } catch {
    return Response.json({ error: 'failed' }, { status: 500 })
  }
}
