import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The URL's id is compared with the session's before use.
// ok: CLK202
export async function GET(req: Request, { params }: { params: Promise<{ userId: string }> }) {
  const { userId: me } = await auth.protect()
  const { userId } = await params
  if (userId !== me) return new Response('Forbidden', { status: 403 })
  return Response.json(await db.note.findMany({ where: { userId } }))
}

// The session's own id is used, whatever the URL says.
// ok: CLK202
export async function DELETE() {
  const { userId } = await auth.protect()
  await db.note.deleteMany({ where: { userId } })
  return new Response(null, { status: 204 })
}
