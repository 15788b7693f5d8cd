import { requireOrganiser } from '@/lib/session'
import { prisma } from '@/lib/prisma'

// The branch reads and returns before the check that comes after it.
// ruleid: CLK101
export async function GET(req: Request) {
  const url = new URL(req.url)
  if (url.searchParams.get('all')) {
    const rows = await prisma.roster.findMany({ include: { member: true } })
    await requireOrganiser()
    return Response.json(rows)
  }
  await requireOrganiser()
  return Response.json(await prisma.roster.findMany({ where: { open: true } }))
}
