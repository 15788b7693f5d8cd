import { eq } from 'drizzle-orm'
import { db, members } from '@/db'

// Lists the paying members' emails: a private table, however constant
// the filter.
// ruleid: CLK101
export async function POST() {
  const paying = await db.select({ email: members.email }).from(members).where(eq(members.plan, 'pro'))
  return Response.json({ paying })
}
