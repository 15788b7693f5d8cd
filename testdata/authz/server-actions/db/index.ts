// ok: CLK203
import { drizzle } from 'drizzle-orm/node-postgres'
import { pgTable, text, boolean } from 'drizzle-orm/pg-core'

export const db = drizzle(process.env.DATABASE_URL!)

export const todos = pgTable('todos', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  done: boolean('done').notNull(),
})
