import { db } from '@/lib/db'

// Release notes.
// ok: CLK101
export async function GET() {
  const notes = await db.release.findMany({ orderBy: { publishedAt: 'desc' }, take: 20 })
  return Response.json(notes.map((n) => ({ version: n.version, notes: n.body })))
}
