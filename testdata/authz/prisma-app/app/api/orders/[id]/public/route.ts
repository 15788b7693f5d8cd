import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

type Ctx = { params: Promise<{ id: string }> }

// CLK203's public filters are CLK101's public-data field=value entries:
// status=live was only in CLK101's list, access=public only in CLK203's.
export async function GET(req: Request, { params }: Ctx) {
  await auth.protect()
  const { id } = await params
  const kind = new URL(req.url).searchParams.get('kind')
  if (kind === 'live') {
    // ok: CLK203 (only live orders, a public status)
    return Response.json(await prisma.order.findFirst({ where: { id, status: 'live' } }))
  }
  if (kind === 'shared') {
    // ok: CLK203 (only publicly accessible orders)
    return Response.json(await prisma.order.findFirst({ where: { id, access: 'public' } }))
  }
  // ruleid: CLK203
  return Response.json(await prisma.order.findFirst({ where: { id, status: 'draft' } }))
}
