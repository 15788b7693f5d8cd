// ok: CLK101
import { drizzle } from 'drizzle-orm/node-postgres'
import { pgTable, text, boolean, timestamp } from 'drizzle-orm/pg-core'

export const db = drizzle(process.env.DATABASE_URL!)
export const apiKeys = pgTable('api_keys', { id: text('id'), key: text('key'), ownerId: text('owner_id'), revoked: boolean('revoked'), expiresAt: timestamp('expires_at') })
export const uploads = pgTable('uploads', { id: text('id'), ownerId: text('owner_id'), url: text('url') })
