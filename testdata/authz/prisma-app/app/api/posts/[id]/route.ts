import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'
import { assertCanEdit } from '@/lib/access'

type Ctx = { params: Promise<{ id: string }> }

export async function GET(req: Request, { params }: Ctx) {
  await auth.protect()
  const { id } = await params
  // ok: CLK203 (only published posts)
  const post = await prisma.post.findFirst({ where: { id, published: true } })
  return Response.json(post)
}

export async function DELETE(req: Request, { params }: Ctx) {
  const { userId } = await auth.protect()
  const { id } = await params
  const post = await prisma.post.findUnique({ where: { id } })
  if (!post) return new Response('Not found', { status: 404 })
  if (post.authorId !== userId) return new Response('Forbidden', { status: 403 })
  // ok: CLK203 (the owner was compared after the fetch)
  await prisma.post.delete({ where: { id } })
  return new Response(null, { status: 204 })
}

export async function PUT(req: Request, { params }: Ctx) {
  const { userId } = await auth.protect()
  const { id } = await params
  const body = await req.json()
  const post = await prisma.post.findUnique({ where: { id } })
  if (!post) return new Response('Not found', { status: 404 })
  assertCanEdit(userId, post)
  // ok: CLK203 (a project helper compares the owner)
  await prisma.post.update({ where: { id }, data: { title: body.title } })
  return Response.json({ ok: true })
}
