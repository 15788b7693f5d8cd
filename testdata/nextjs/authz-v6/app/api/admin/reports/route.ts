import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// ok: CLK201
export async function GET() {
  const { has } = await auth()
  if (!has({ role: 'org:admin' })) return new Response('Forbidden', { status: 403 })
  return Response.json(await db.reports.all())
}

// @clerk/nextjs v6 adds the org: prefix to has({ role: 'admin' }) itself.
// ok: CLK201
export async function POST() {
  const { has } = await auth()
  if (!has({ role: 'admin' })) return new Response('Forbidden', { status: 403 })
  return Response.json(await db.reports.create())
}
