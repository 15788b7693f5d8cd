// ok: CLK101
import { drizzle } from 'drizzle-orm/node-postgres'
import { pgTable, text, integer, timestamp } from 'drizzle-orm/pg-core'

export const db = drizzle(process.env.DATABASE_URL!)

export const reviews = pgTable('reviews', {
  id: text('id').primaryKey(),
  stars: integer('stars').notNull(),
  body: text('body').notNull(),
  site: text('site').notNull(),
  createdAt: timestamp('created_at').defaultNow(),
})

export const members = pgTable('members', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  plan: text('plan').notNull(),
})

export const lessons = pgTable('lessons', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  level: text('level').notNull(),
})
