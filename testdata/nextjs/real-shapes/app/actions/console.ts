'use server'

import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

const TABLES = ['note', 'tag']

// The known-table branch checks the session before its work; the else only
// answers an error, like `if (!known) return …` would.
// ok: CLK101
export async function runConsole(table: string, id: string) {
  try {
    const known = TABLES.find((t) => t === table)
    if (known) {
      const { userId } = await auth()
      if (!userId) {
        return { error: 'Sign in first' }
      }
      await db.note.touch(id)
      return { ok: true }
    } else {
      return { error: `Unknown table ${table}` }
    }
  } catch (err) {
    return { error: (err as Error).message }
  }
}

// Here the work comes before the check inside the branch.
// ruleid: CLK101
export async function runConsoleLate(table: string, id: string) {
  const known = TABLES.find((t) => t === table)
  if (known) {
    await db.note.touch(id)
    return { ok: true }
  } else {
    return { error: `Unknown table ${table}` }
  }
}

// An else that checks the session (rather than bailing) is not a guard: the
// first branch returns before any check.
// ruleid: CLK101
export async function cachedOrChecked(id: string) {
  if (id.startsWith('public-')) {
    return db.note.touch(id)
  } else {
    const { userId } = await auth()
    if (!userId) throw new Error('Unauthorized')
    return db.note.touch(id)
  }
}
