import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'
import { throttle } from '@/lib/wrappers'

// A job endpoint: the bearer secret is compared whenever it is configured.
// ok: CLK101
export const POST = throttle({ max: 2 })(async (req: NextRequest) => {
  const header = req.headers.get('authorization')
  const secret = process.env.SWEEP_SECRET
  if (secret && header !== `Bearer ${secret}`) {
    return new Response('Unauthorized', { status: 401 })
  }
  await db.session.deleteMany({ where: { expired: true } })
  return Response.json({ ok: true })
})
