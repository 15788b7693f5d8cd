import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

export async function GET(req: Request) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  // A header is whatever the caller sends.
  const owner = req.headers.get('x-user-id') ?? userId
  // ruleid: CLK202
  return Response.json(await db.order.findMany({ where: { userId: owner } }))
}
