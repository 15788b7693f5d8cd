import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

type Ctx = { params: Promise<{ id: string }> }

export async function DELETE(req: Request, { params }: Ctx) {
  const { userId } = await auth.protect()
  const { id } = await params
  const chat = await prisma.chat.findFirst({ where: { id, userId } })
  if (!chat) return new Response('Not found', { status: 404 })
  // ok: CLK203 (the lookup above proved the chat is the caller's)
  await prisma.message.deleteMany({ where: { chatId: id } })
  // ok: CLK203
  await prisma.chat.delete({ where: { id } })
  return new Response(null, { status: 204 })
}

export async function POST(req: Request, { params }: Ctx) {
  await auth.protect()
  const { id } = await params
  // ok: CLK203 (a vote bumps a counter on someone else's chat by design)
  await prisma.chat.update({ where: { id }, data: { votes: { increment: 1 } } })
  return Response.json({ ok: true })
}

export async function PATCH(req: Request, { params }: Ctx) {
  const { userId } = await auth.protect()
  const { id } = await params
  const { ownerId } = await req.json()
  if (ownerId !== userId) return new Response('Forbidden', { status: 403 })
  // ok: CLK203 (an owner taken from the request is CLK202's question)
  await prisma.chat.updateMany({ where: { id, userId: ownerId }, data: { votes: 0 } })
  return Response.json({ ok: true })
}

export async function PUT(req: Request, { params }: Ctx) {
  await auth.protect()
  const { id } = await params
  // ruleid: CLK203
  await prisma.message.updateMany({ where: { chatId: id }, data: { userId: null } })
  return Response.json({ ok: true })
}
