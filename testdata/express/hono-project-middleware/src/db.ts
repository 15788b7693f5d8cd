// ok: CLK101
import { drizzle } from 'drizzle-orm/d1'
import { sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const db = drizzle({} as D1Database)
export const notes = sqliteTable('notes', { id: text('id'), owner: text('owner'), body: text('body') })
