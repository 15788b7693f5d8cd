import { and, eq } from 'drizzle-orm'
import { db, apiKeys } from '@/lib/db'

// Every failure answers { error, status }; only a live key answers the owner.
// ok: CLK101
export async function checkKey(key: string) {
  const [row] = await db.select().from(apiKeys).where(and(eq(apiKeys.key, key), eq(apiKeys.revoked, false))).limit(1)
  if (!row) {
    return { error: 'unknown key', status: 401 }
  }
  if (row.expiresAt && row.expiresAt < new Date()) {
    return { error: 'expired key', status: 401 }
  }
  return { ownerId: row.ownerId }
}

// An unknown key falls back to a shared guest account: only an expired
// key is an error.
// ok: CLK101
export async function keyOrGuest(key: string) {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.key, key)).limit(1)
  if (!row) {
    return { ownerId: 'guest' }
  }
  if (row.expiresAt && row.expiresAt < new Date()) {
    return { error: 'expired key', status: 401 }
  }
  return { ownerId: row.ownerId }
}
