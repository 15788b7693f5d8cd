import { prisma } from '@/lib/prisma'
import { getSession, peekSession } from '@/lib/guards'

// ok: CLK101
export async function POST(req: Request) {
  const { userId, error } = await getSession()
  if (error) return error
  return Response.json(await prisma.deal.create({ data: { ...(await req.json()), ownerId: userId } }))
}

// peekSession never returns an error: the test guards nothing.
// ruleid: CLK101
export async function DELETE(req: Request) {
  const { error } = await peekSession()
  if (error) return error
  const { id } = await req.json()
  await prisma.deal.delete({ where: { id } })
  return new Response(null, { status: 204 })
}
