// ok: CLK101
import { Kysely } from 'kysely';
export const db = new Kysely<any>({ dialect: undefined as never });
