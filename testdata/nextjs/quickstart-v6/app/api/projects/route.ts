import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })

  const projects = await db.projects.listByOwner(userId)
  return Response.json(projects)
}

// ok: CLK101, CLK102, CLK201, CLK202
export async function POST(req: Request) {
  const { userId } = await auth()
  if (!userId) {
    return new Response('Unauthorized', { status: 401 })
  }
  const { name } = await req.json()
  const project = await db.projects.create(userId, name)
  return Response.json(project, { status: 201 })
}
