import { pgTable, text, serial, boolean } from 'drizzle-orm/pg-core';

export const messages = pgTable('messages', { id: serial('id').primaryKey(), email: text('email'), body: text('body') });
export const waitlist = pgTable('waitlist', { email: text('email').primaryKey(), note: text('note') });
export const invitations = pgTable('invitations', { code: text('code').primaryKey(), used: boolean('used') });
