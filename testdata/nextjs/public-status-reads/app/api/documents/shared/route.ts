import { db } from '@/lib/db'

// Only documents their owners made public (is_public, compared without
// underscores or case).
// ok: CLK101
export async function GET() {
  const docs = await db.document.findMany({ where: { isPublic: true }, select: { id: true, title: true } })
  return Response.json(docs)
}
