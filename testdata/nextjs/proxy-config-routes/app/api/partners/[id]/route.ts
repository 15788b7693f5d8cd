import { prisma } from '@/lib/prisma'

// The list's '/api/partners/(.*)' opens the partner tree: reading a
// partner's card is public by design.
// ok: CLK101
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return Response.json(await prisma.partner.findUnique({ where: { id } }))
}

// The same entry opens deletes too.
// ruleid: CLK101
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  await prisma.partner.delete({ where: { id } })
  return new Response(null, { status: 204 })
}
