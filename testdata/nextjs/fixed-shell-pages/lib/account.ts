// ok: CLK101, CLK102
import { auth } from '@clerk/nextjs/server'
import { db } from './db'

// The signed-in visitor's own row, or null: a signed-out request reads
// nothing.
export async function currentAccount() {
  const { userId } = await auth()
  return userId ? await db.account.findUnique({ where: { ownerId: userId } }) : null
}

// The same row, read whether or not anyone is signed in.
export async function anyAccount() {
  const { userId } = await auth()
  return db.account.findFirst({ where: { ownerId: userId ?? undefined } })
}

// Plan limits kept in memory: nothing the effect model sees, yet data.
const limits: Record<string, number> = { free: 3, pro: 50 }
export async function planLimits() {
  return limits
}

export function initials(name?: string | null) {
  return (name ?? '?').slice(0, 2).toUpperCase()
}
