import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// ok: CLK101, CLK202
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { id } = await params
  if (id !== userId) return new Response('Forbidden', { status: 403 })
  const profile = await db.profile.findUnique({ where: { userId: id } })
  return Response.json(profile)
}
