import { prisma } from '@/lib/prisma'

// No session check anywhere.
// ruleid: CLK101
export async function DELETE(req: Request) {
  const { id } = await req.json()
  return Response.json(await prisma.feedback.delete({ where: { id } }))
}
