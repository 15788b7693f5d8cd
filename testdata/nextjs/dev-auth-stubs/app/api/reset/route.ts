import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'
import { devMode } from '@/lib/session'

// Deletes by the session value whether or not it is there.
// ok: CLK101
export async function POST() {
  // ruleid: CLK102
  const { userId } = devMode ? { userId: 'dev-user' } : await auth()
  await db.like.deleteMany({ where: { userId } })
  return Response.json({ ok: true })
}
