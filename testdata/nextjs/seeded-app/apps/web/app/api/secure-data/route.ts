import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// ok: CLK101
export async function GET() {
  // Not awaited: the query below runs and answers before protect() rejects.
  // ruleid: CLK102
  auth.protect()
  return Response.json(await db.secret.findMany())
}

// ok: CLK101, CLK102
export async function POST() {
  const { userId } = await auth.protect()
  return Response.json(await db.secret.findMany({ where: { userId } }))
}
