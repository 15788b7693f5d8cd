import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// A member list is handed out before the check: the cleanup does not change
// that.
// ruleid: CLK101
export async function POST(req: Request) {
  try {
    const { team } = await req.json()
    if (team) {
      return Response.json(await db.member.findMany({ where: { team } }))
    }
    const { userId } = await auth()
    if (!userId) return new Response(null, { status: 401 })
    return Response.json(await db.member.findMany({ where: { invitedBy: userId } }))
  } finally {
    await db.$disconnect()
  }
}

// A finally that returns replaces whatever the try returned, the 401 too.
// ruleid: CLK101
export async function PATCH(req: Request) {
  let body: unknown = null
  try {
    const { userId } = await auth()
    if (!userId) return new Response(null, { status: 401 })
    body = await req.json()
  } finally {
    await db.member.updateMany({ data: { touchedAt: new Date() } })
    return Response.json({ body })
  }
}
