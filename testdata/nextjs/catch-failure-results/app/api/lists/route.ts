import { prisma } from '@/lib/prisma'
import { sessionOrEmpty } from '@/lib/session'

// When auth() throws, the result has no error and the list is created
// without an owner.
// ok: CLK101
export async function POST(req: Request) {
  // ruleid: CLK102
  const who = await sessionOrEmpty()
  if ('error' in who) {
    return Response.json({ error: who.error }, { status: 401 })
  }
  const { title } = await req.json()
  return Response.json(await prisma.list.create({ data: { title, ownerId: who.userId } }))
}
