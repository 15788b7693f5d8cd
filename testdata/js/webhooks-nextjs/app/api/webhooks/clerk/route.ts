import { verifyWebhook } from '@clerk/nextjs/webhooks'
import type { NextRequest } from 'next/server'
import { db } from '../../../../lib/db'

// Clerk's current recipe: verified before anything reads the event.
export async function POST(req: NextRequest) {
  try {
    // ok: CLK301
    const evt = await verifyWebhook(req)
    switch (evt.type) {
      // ok: CLK303
      case 'user.created':
      case 'user.updated':
        await db.user.upsert({ id: evt.data.id })
        break
      case 'user.deleted':
        await db.user.delete({ id: evt.data.id })
        break
    }
    return new Response('ok')
  } catch {
    return new Response('invalid signature', { status: 400 })
  }
}
