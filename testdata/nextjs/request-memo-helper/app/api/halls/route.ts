import { currentMember } from '@/lib/session'
import { prisma } from '@/lib/prisma'

// A flag set only when a member is signed in and an organiser: false when
// signed out, so the 403 covers the write.
// ok: CLK101, CLK102
export async function POST(req: Request) {
  let organiser = false
  const member = await currentMember()
  if (member) {
    if (member.role === 'ORGANISER') {
      organiser = true
    }
  }
  if (!organiser) return Response.json({ error: 'forbidden' }, { status: 403 })
  return Response.json(await prisma.hall.create({ data: await req.json() }))
}
