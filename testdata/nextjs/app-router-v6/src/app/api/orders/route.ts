import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// Not in the middleware's denylist and no check of its own.
// ruleid: CLK101
export async function GET() {
  return Response.json(await db.orders.all())
}

// ok: CLK101
export async function POST(req: Request) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json(await db.orders.create(userId, await req.json()))
}

// CORS preflight carries no credentials.
// ok: CLK101
export function OPTIONS() {
  return new Response(null, { status: 204, headers: { 'Access-Control-Allow-Methods': 'GET, POST' } })
}
