// ok: CLK203
import { drizzle } from 'drizzle-orm/node-postgres'
import { pgTable, text } from 'drizzle-orm/pg-core'

export const notes = pgTable('notes', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  body: text('body').notNull(),
})

export const db = drizzle(process.env.DATABASE_URL!)
