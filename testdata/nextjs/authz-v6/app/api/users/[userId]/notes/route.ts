import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// Lists the notes of whichever user the URL names.
export async function GET(req: Request, { params }: { params: Promise<{ userId: string }> }) {
  await auth.protect()
  const { userId } = await params
  // ruleid: CLK202
  const notes = await db.note.findMany({ where: { userId } })
  return Response.json(notes)
}
