import { sql } from 'drizzle-orm'
import { db } from '@/db'

// A whole statement in drizzle's sql tag: a write.
// ruleid: CLK101
export async function POST() {
  await db.execute(sql`DELETE FROM reviews WHERE stars < 2`)
  return Response.json({ ok: true })
}
