import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// A user may only read their own notes: the path id must be the caller's.
// ok: CLK101, CLK102, CLK201, CLK202
export async function GET(_req: Request, { params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { userId: requested } = await params
  if (requested !== userId) {
    return new Response('Forbidden', { status: 403 })
  }
  return Response.json(await db.note.findMany({ where: { userId: requested } }))
}
