import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { id } = await params
  // ruleid: CLK202
  const orders = await db.order.findMany({ where: { userId: id } })
  return Response.json(orders)
}
