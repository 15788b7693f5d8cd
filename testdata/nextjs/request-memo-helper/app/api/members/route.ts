import { requireOrganiser } from '@/lib/session'
import { prisma } from '@/lib/prisma'

// Each branch checks first and then returns; the rest checks too.
// ok: CLK101
export async function GET(req: Request) {
  const url = new URL(req.url)
  if (url.searchParams.get('list') === 'short') {
    // organisers only
    await requireOrganiser()
    return Response.json(await prisma.member.findMany({ select: { id: true, name: true } }))
  }
  await requireOrganiser()
  return Response.json(await prisma.member.findMany())
}
