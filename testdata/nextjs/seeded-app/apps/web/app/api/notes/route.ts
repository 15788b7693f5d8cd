import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

export async function GET() {
  // ruleid: CLK102
  const { userId } = auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json(await db.note.findMany({ where: { userId } }))
}
