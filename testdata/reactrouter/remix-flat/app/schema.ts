// ok: CLK101
import { pgTable, text } from 'drizzle-orm/pg-core'

export const projects = pgTable('projects', { id: text('id').primaryKey(), ownerId: text('owner_id') })
