import { prisma } from '@/lib/prisma'
import { requireUser, requireSession } from '@/lib/guards'

// ok: CLK101
export async function GET() {
  const r = await requireUser()
  if (!r.ok) return r.response
  return Response.json(await prisma.contact.findMany({ where: { ownerId: r.userId } }))
}

// ok: CLK101
export async function POST(req: Request) {
  const session = await requireSession()
  if ('error' in session) return session.error
  const data = await req.json()
  return Response.json(await prisma.contact.create({ data: { ...data, ownerId: session.userId } }))
}
