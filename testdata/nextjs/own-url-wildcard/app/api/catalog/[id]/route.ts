import { prisma } from '@/lib/db'

// ruleid: CLK101
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  await prisma.item.delete({ where: { id } })
  return new Response(null, { status: 204 })
}
