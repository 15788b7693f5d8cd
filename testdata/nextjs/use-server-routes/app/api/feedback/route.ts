'use server'

import { db } from '@/lib/db'

// No middleware rule and no check: the directive does not change that
// anyone can post here.
// ruleid: CLK101
export async function POST(req: Request) {
  const { text } = await req.json()
  await db.feedback.create({ data: { text } })
  return Response.json({ ok: true }, { status: 201 })
}
