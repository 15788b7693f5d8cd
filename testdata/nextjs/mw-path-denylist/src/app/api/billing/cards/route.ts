import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

// startsWith('/api/billing/') with !userId: a 401 for signed-out requests.
// ok: CLK101
export async function DELETE(req: Request) {
  const { userId } = await auth()
  const { id } = await req.json()
  return Response.json(await prisma.card.deleteMany({ where: { id, userId: userId! } }))
}
