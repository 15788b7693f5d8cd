import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// null is no guest: the filter selects the rows whose owner is null.
// ok: CLK101
export async function GET() {
  // ruleid: CLK102
  const { userId } = await auth()
  const drafts = await db.draft.findMany({ where: { ownerId: userId ?? null } })
  return Response.json(drafts)
}
