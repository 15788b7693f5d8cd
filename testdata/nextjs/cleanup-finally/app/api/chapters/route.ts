import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The finally only closes the connection: it cannot return over the 401.
// ok: CLK101
export async function POST(req: Request) {
  try {
    const { userId } = await auth()
    if (!userId) {
      return Response.json({ error: 'Unauthorized' }, { status: 401 })
    }
    const { name } = await req.json()
    const chapter = await db.chapter.create({ data: { name, createdBy: userId } })
    return Response.json(chapter)
  } catch (err) {
    console.error(err)
    return Response.json({ error: 'failed' }, { status: 500 })
  } finally {
    await db.$disconnect()
  }
}

// No catch: a failure goes through the finally to the caller.
// ok: CLK101
export async function DELETE(req: Request) {
  try {
    const { userId } = await auth()
    if (!userId) return new Response(null, { status: 401 })
    const { id } = await req.json()
    await db.chapter.deleteMany({ where: { id, createdBy: userId } })
    return new Response(null, { status: 204 })
  } finally {
    await db.$disconnect()
  }
}
