import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

type Ctx = { params: Promise<{ id: string }> }

export async function PATCH(req: Request, { params }: Ctx) {
  const { userId } = await auth.protect()
  const { id } = await params
  const { name } = await req.json()
  const member = await prisma.projectMember.findFirst({ where: { projectId: id, userId } })
  if (!member) return new Response('Forbidden', { status: 403 })
  // ok: CLK203 (the caller was looked up in the project's members)
  await prisma.project.update({ where: { id }, data: { name } })
  return Response.json({ ok: true })
}

export async function DELETE(req: Request, { params }: Ctx) {
  const { orgId } = await auth.protect()
  const { id } = await params
  // ok: CLK203 (a tenant filter from the session)
  await prisma.project.deleteMany({ where: { id, orgId } })
  return new Response(null, { status: 204 })
}
