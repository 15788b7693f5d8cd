import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// ok: CLK101, CLK102
export async function GET() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const projects = await db.project.findMany({ where: { ownerId: userId } })
  return Response.json(projects)
}
