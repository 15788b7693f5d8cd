import { db } from '@/lib/db'

// Covered by the denylist entry '/api/private/:path*'.
// ok: CLK101
export async function GET() {
  return Response.json(await db.orders.all())
}
