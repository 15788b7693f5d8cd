import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// ok: CLK101, CLK201, CLK202
export async function GET(req: Request) {
  const { userId, has } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  // @clerk/nextjs v6 adds the org: prefix to has() role keys itself.
  if (has({ role: 'admin' })) return Response.json(await db.report.findMany())
  const requestId = req.headers.get('x-request-id')
  return Response.json(await db.report.findMany({ where: { userId }, requestId }))
}
