import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The object auth() returns exists for signed-out requests too.
// ok: CLK101
export async function POST(req: Request) {
  // ruleid: CLK102
  const session = await auth()
  const { coinId } = await req.json()
  if (session) {
    await db.flip.create({ data: { coinId } })
  }
  return Response.json({ ok: true })
}
