import { verifyWebhook } from '@clerk/nextjs/webhooks'
import type { NextRequest } from 'next/server'
import { db } from '@/lib/db'

// ok: CLK101, CLK102, CLK301, CLK302, CLK303, CLK304
export async function POST(req: NextRequest) {
  try {
    const evt = await verifyWebhook(req)

    switch (evt.type) {
      case 'user.created':
      case 'user.updated': {
        const email = evt.data.email_addresses[0]?.email_address
        await db.users.upsert(evt.data.id, email)
        break
      }
      case 'user.deleted': {
        if (evt.data.id) await db.users.remove(evt.data.id)
        break
      }
    }

    return new Response('Webhook received', { status: 200 })
  } catch (err) {
    console.error('Error verifying webhook:', err)
    return new Response('Error verifying webhook', { status: 400 })
  }
}
