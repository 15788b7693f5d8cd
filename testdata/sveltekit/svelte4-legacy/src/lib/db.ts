// ok: CLK101
import { drizzle } from 'drizzle-orm/node-postgres';
export { users, items } from './schema';
export const db = drizzle(process.env.DATABASE_URL!);
