import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'
import { guarded } from '@/lib/wrappers'

// Curried twice: guarded('exports')({ audit: true }) is the checking wrapper.
// ok: CLK101
export const POST = guarded('exports')({ audit: true })(async (req: NextRequest) => {
  const job = await db.exportJob.create({ data: await req.json() })
  return Response.json(job)
})
