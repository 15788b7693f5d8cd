// ok: CLK101
import { drizzle } from 'drizzle-orm/node-postgres'
import { projects } from './schema'

export const db = drizzle(process.env.DATABASE_URL!)
export { projects }
