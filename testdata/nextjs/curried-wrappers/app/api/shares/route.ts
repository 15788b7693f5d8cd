import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'
import { sometimesAuthed } from '@/lib/wrappers'

// The wrapper may call the handler before its check.
// ruleid: CLK101
export const POST = sometimesAuthed({ open: false })(async (req: NextRequest) => {
  const share = await db.share.create({ data: await req.json() })
  return Response.json(share)
})
