// ok: CLK101
import { sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const bookmarks = sqliteTable('bookmarks', { id: text('id'), owner: text('owner'), url: text('url') })
