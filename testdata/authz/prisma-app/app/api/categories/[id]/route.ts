import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  await auth.protect()
  const { id } = await params
  const { name } = await req.json()
  // ok: CLK203 (categories have no owner: who may rename them is a role question)
  await prisma.category.update({ where: { id }, data: { name } })
  return Response.json({ ok: true })
}
