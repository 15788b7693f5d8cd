import { auth } from '@clerk/nextjs/server'
import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'
import { throttle } from '@/lib/wrappers'

// The handler returns the limited function applied to the request; the
// session check is inside it.
// ok: CLK101
export async function PUT(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return throttle({ max: 30 })(async (req: NextRequest) => {
    const { id } = await params
    const { userId } = await auth()
    if (!userId) return new Response('Unauthorized', { status: 401 })
    const project = await db.project.update({ where: { id, ownerId: userId }, data: await req.json() })
    return Response.json(project)
  })(req)
}

// Not applied to the request (it returns the function itself), but the
// only code that could run checks the session first.
// ok: CLK101
export async function DELETE(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return throttle({ max: 30 })(async () => {
    const { id } = await params
    const { userId } = await auth()
    if (!userId) return new Response('Unauthorized', { status: 401 })
    await db.project.delete({ where: { id, ownerId: userId } })
    return new Response(null, { status: 204 })
  })
}
