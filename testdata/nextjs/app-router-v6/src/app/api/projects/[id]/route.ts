import { requireUser } from '@/lib/auth'
import { db } from '@/lib/db'

// A helper in lib/ that throws without a session.
// ok: CLK101
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const userId = await requireUser()
  const { id } = await params
  return Response.json(await db.projects.remove(userId, id))
}
