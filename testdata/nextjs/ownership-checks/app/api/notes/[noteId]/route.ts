import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// ok: CLK101, CLK102, CLK201, CLK202
export async function DELETE(_req: Request, { params }: { params: Promise<{ noteId: string }> }) {
  const { userId } = await auth.protect()
  const { noteId } = await params
  const note = await db.note.findUnique({ where: { id: noteId } })
  if (!note || note.userId !== userId) {
    return new Response('Not found', { status: 404 })
  }
  await db.note.delete({ where: { id: noteId } })
  return new Response(null, { status: 204 })
}
