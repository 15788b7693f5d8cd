import { verifyWebhook } from '@clerk/nextjs/webhooks'
import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'

// ok: CLK101, CLK301, CLK302, CLK303
export async function POST(req: NextRequest) {
  let evt
  try {
    evt = await verifyWebhook(req)
  } catch {
    return new Response('Invalid signature', { status: 400 })
  }
  switch (evt.type) {
    case 'user.created':
      await db.user.create({ data: { clerkId: evt.data.id } })
      break
    case 'user.updated':
      await db.user.update({ where: { clerkId: evt.data.id }, data: {} })
      break
    case 'user.deleted':
      await db.user.delete({ where: { clerkId: evt.data.id } })
      break
  }
  return new Response('ok')
}
