'use server'

import { db } from '@/lib/db'

// No middleware rule and no check: the directive does not change that
// anyone can post here.
// ruleid: CLK101
export async function POST(req: Request) {
  const { postId, text } = await req.json()
  await db.comment.create({ data: { postId, text } })
  return Response.json({ ok: true }, { status: 201 })
}
