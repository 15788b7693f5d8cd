// ok: CLK203
import { drizzle } from 'drizzle-orm/node-postgres'
import { pgTable, text } from 'drizzle-orm/pg-core'

export const db = drizzle(process.env.DATABASE_URL!)

export const folders = pgTable('folders', {
  id: text('id').primaryKey(),
  ownerId: text('owner_id').notNull(),
})

export const files = pgTable('files', {
  id: text('id').primaryKey(),
  folderId: text('folder_id').notNull(),
  name: text('name').notNull(),
})
