import { prisma } from '@/lib/prisma'
import { sessionOrError } from '@/lib/session'

// ok: CLK101
export async function POST(req: Request) {
  // ok: CLK102
  const who = await sessionOrError()
  if ('error' in who) {
    return Response.json({ error: who.error }, { status: who.status })
  }
  const { title } = await req.json()
  return Response.json(await prisma.board.create({ data: { title, ownerId: who.userId } }))
}
