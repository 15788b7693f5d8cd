import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// One read falls back to the demo user, another selects by the bare
// session value, null when signed out.
// ok: CLK101
export async function GET() {
  // ruleid: CLK102
  const { userId } = await auth()
  const lists = await db.list.findMany({ where: { ownerId: userId ?? 'demo-owner' } })
  const prefs = await db.preference.findFirst({ where: { userId } })
  return Response.json({ lists, prefs })
}
