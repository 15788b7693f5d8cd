import { verifyWebhook } from '@clerk/nextjs/webhooks'
import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'

export async function POST(req: NextRequest) {
  let evt: any
  try {
    // ruleid: CLK301
    evt = await verifyWebhook(req)
  } catch (err) {
    // Logs and carries on: a forged event is processed anyway.
    console.error('webhook verification failed', err)
  }
  evt = evt ?? (await req.json())
  if (evt.type === 'user.deleted') await db.user.delete({ where: { clerkId: evt.data.id } })
  return new Response('ok')
}
