import { db } from '@/lib/db'

// Who is watching: the rows are users, whatever the URL says.
// ruleid: CLK101
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const viewers = await db.user.findMany({ where: { watchingId: id }, select: { email: true } })
  return Response.json({ viewers })
}
