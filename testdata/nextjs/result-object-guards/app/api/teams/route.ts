import { NextResponse } from 'next/server'
import { prisma } from '@/lib/prisma'
import { requireAdmin, sessionOrGuest } from '@/lib/responses'

// The helper's failure response is never tested: the handler goes on.
// ruleid: CLK101
export async function DELETE(req: Request) {
  await requireAdmin()
  const { id } = await req.json()
  await prisma.team.delete({ where: { id } })
  return new Response(null, { status: 204 })
}

// Both of the helper's answers are responses, so the test passes signed in
// or not: the session it reads is never checked.
// ok: CLK101
export async function POST(req: Request) {
  // ruleid: CLK102
  const r = await sessionOrGuest()
  if (!(r instanceof NextResponse)) return new Response('bad', { status: 500 })
  return Response.json(await prisma.team.create({ data: await req.json() }))
}
