import { db } from '@/lib/db'

// No GET here, but the same wildcard also opens the item reads above: it
// was not written for this write.
// ruleid: CLK101
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  await db.item.update({ where: { id }, data: { archived: true } })
  return Response.json({ ok: true })
}
