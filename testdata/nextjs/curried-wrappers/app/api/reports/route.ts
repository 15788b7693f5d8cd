import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'
import { requireMember } from '@/lib/wrappers'

// What requireMember('finance') returns checks the session before the handler.
// ok: CLK101
export const POST = requireMember('finance')(async (req: NextRequest) => {
  const report = await db.report.create({ data: await req.json() })
  return Response.json(report)
})
