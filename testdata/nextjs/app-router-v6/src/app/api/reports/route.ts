import { withAuth } from '@/lib/with-auth'
import { db } from '@/lib/db'

// A higher-order wrapper that checks the session before calling the handler.
// ok: CLK101
export const GET = withAuth(async (_req: Request, userId: string) => {
  return Response.json(await db.reports.forUser(userId))
})
