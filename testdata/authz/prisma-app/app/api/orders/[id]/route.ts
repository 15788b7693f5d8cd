import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

type Ctx = { params: Promise<{ id: string }> }

export async function GET(req: Request, { params }: Ctx) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { id } = await params
  // ruleid: CLK203
  const order = await prisma.order.findUnique({ where: { id } })
  return Response.json(order)
}

export async function DELETE(req: Request, ctx: Ctx) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const id = (await ctx.params).id
  // ruleid: CLK203
  await prisma.order.delete({ where: { id: id } })
  return new Response(null, { status: 204 })
}

export async function PATCH(req: Request, { params }: Ctx) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { id } = await params
  const { note } = await req.json()
  // ok: CLK203 (the owner is part of the filter, the count says whether it matched)
  const { count } = await prisma.order.updateMany({ where: { id, userId }, data: { note } })
  if (count === 0) return new Response('Not found', { status: 404 })
  return Response.json({ ok: true })
}
