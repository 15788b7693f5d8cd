import { currentUser } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// A visitor's badge is drawn; a signed-in member's is also pinned.
// ok: CLK101, CLK102
export async function POST() {
  const member = await currentUser()
  const badge = ['owl', 'fox', 'elk'][Math.floor(Math.random() * 3)]
  if (member) {
    await db.member.update({ where: { id: member.id }, data: { badge } })
  }
  return Response.json({ badge })
}
