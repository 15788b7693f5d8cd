// ok: CLK101
import { drizzle } from 'drizzle-orm/node-postgres'
import { pgTable, serial, text } from 'drizzle-orm/pg-core'

export const posts = pgTable('posts', { id: serial('id').primaryKey(), body: text('body') })
export const db = drizzle(process.env.DATABASE_URL!)
