// ok: CLK101
import { drizzle } from 'drizzle-orm/d1'

export const db = drizzle({} as D1Database)
