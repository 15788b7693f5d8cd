import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// A header is whatever the caller sends, with or without a fallback.
export async function GET(req: Request) {
  const { userId } = await auth.protect()
  const owner = req.headers.get('x-user-id') ?? userId
  // ruleid: CLK202
  return Response.json(await db.order.findMany({ where: { userId: owner } }))
}

// A header that is not a user id, and the session's own id as the filter.
// ok: CLK202
export async function POST(req: Request) {
  const { userId } = await auth.protect()
  const traceId = req.headers.get('x-request-id') || 'none'
  return Response.json(await db.order.findMany({ where: { userId }, traceId }))
}

// The header compared with the session first.
// ok: CLK202
export async function PUT(req: Request) {
  const { userId } = await auth.protect()
  const owner = req.headers.get('x-user-id')
  if (owner !== userId) return new Response('Forbidden', { status: 403 })
  return Response.json(await db.order.findMany({ where: { userId: owner } }))
}
