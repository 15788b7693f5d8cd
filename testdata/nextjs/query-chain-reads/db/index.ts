// ok: CLK101
import { drizzle } from 'drizzle-orm/node-postgres'
import { pgTable, serial, text } from 'drizzle-orm/pg-core'

export const products = pgTable('products', { id: serial('id').primaryKey(), slug: text('slug'), name: text('name') })

export const db = drizzle(process.env.DATABASE_URL!)
