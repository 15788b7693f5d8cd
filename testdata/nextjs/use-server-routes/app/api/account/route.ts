'use server'

import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// A route file that starts with 'use server' is still a route: Next.js
// serves it at /api/account, where the middleware protects it.
// ok: CLK101
export async function POST(req: Request) {
  const { userId } = await auth()
  const { nickname } = await req.json()
  await db.account.update({ where: { clerkId: userId! }, data: { nickname } })
  return Response.json({ ok: true })
}
