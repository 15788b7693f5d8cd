import { currentMember } from '@/lib/session'
import { prisma } from '@/lib/prisma'

// The flag is also set by a header anyone can send: it says nothing about
// the member.
export async function POST(req: Request) {
  let allowed = false
  // ruleid: CLK102
  const member = await currentMember()
  if (member) {
    if (member.role === 'ORGANISER') allowed = true
  }
  if (req.headers.get('x-preview') === 'yes') allowed = true
  if (!allowed) return Response.json({ error: 'forbidden' }, { status: 403 })
  return Response.json(await prisma.stage.create({ data: await req.json() }))
}
