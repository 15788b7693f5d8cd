import type { WebhookEvent } from '@clerk/nextjs/server'
import { db } from './db'

// Receives an event its caller verified: reads no request body, not a receiver.
export async function onEvent(evt: WebhookEvent) {
  switch (evt.type) {
    // ok: CLK301, CLK303
    case 'user.created':
      await db.user.upsert({ id: evt.data.id })
      break
    case 'user.deleted':
      await db.user.delete({ id: evt.data.id })
      break
  }
}
