import type { UserJSON, WebhookEvent } from '@clerk/nextjs/server'
import { db } from './db'

type Handler = (evt: WebhookEvent) => Promise<void>

// A handler map that copies users in and never removes them.
export const userHandlers: Record<string, Handler> = {
  // ruleid: CLK303
  'user.created': async (evt) => db.user.upsert(evt.data as UserJSON),
  'user.updated': async (evt) => db.user.upsert(evt.data as UserJSON),
}

// Event names in a type are not handlers: they do not count as handling user.deleted.
// ok: CLK303
export type UserEventName = 'user.created' | 'user.updated' | 'user.deleted'
