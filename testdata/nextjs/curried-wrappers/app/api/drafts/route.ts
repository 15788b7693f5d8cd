import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'
import { throttle } from '@/lib/wrappers'

// Rate limited, but neither the limiter nor the handler checks a session.
// ruleid: CLK101
export const POST = throttle({ max: 5 })(async (req: NextRequest) => {
  const draft = await db.draft.create({ data: await req.json() })
  return Response.json(draft)
})
