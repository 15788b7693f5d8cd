import { db } from '@/lib/db'

// The tree is opened for reading items.
// ok: CLK101
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return Response.json(await db.item.findUnique({ where: { id } }))
}

// ruleid: CLK101
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  await db.item.delete({ where: { id } })
  return new Response(null, { status: 204 })
}
