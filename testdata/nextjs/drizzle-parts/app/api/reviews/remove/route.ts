import { eq } from 'drizzle-orm'
import { db, reviews } from '@/db'

// Deletes whichever review the body names.
// ruleid: CLK101
export async function POST(req: Request) {
  const { id } = await req.json()
  await db.delete(reviews).where(eq(reviews.id, id))
  return Response.json({ ok: true })
}
