// ok: CLK101
import { pgTable, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: text('id').primaryKey() });
export const items = pgTable('items', { id: text('id').primaryKey(), owner: text('owner') });
