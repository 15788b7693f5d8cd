import { auth } from '@clerk/nextjs/server'
import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'
import { throttle } from '@/lib/wrappers'

// The limiter checks nothing; the handler checks the session itself.
// ok: CLK101
export const POST = throttle({ max: 20 })(async (req: NextRequest) => {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const upload = await db.upload.create({ data: { userId, name: (await req.json()).name } })
  return Response.json(upload)
})
