import { db } from '@/lib/db'

// Under /api/admin, signed in (middleware) but no role check.
// ruleid: CLK201
export async function GET() {
  return Response.json(await db.stats.all())
}
