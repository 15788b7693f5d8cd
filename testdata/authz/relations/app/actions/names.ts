'use server'

import { auth } from '@clerk/nextjs/server'
import { eq } from 'drizzle-orm'
import { db, files, folders } from '@/db/schema'

const byKind = { file: files, folder: folders } as const

// Whether a name is taken, in a table the caller picks: no record is read
// back, and the table is chosen at run time.
export async function nameTaken(kind: keyof typeof byKind, id: string) {
  await auth.protect()
  const table = byKind[kind]
  // ok: CLK203 (a table chosen at run time is not judged)
  const rows = await db.select().from(table).where(eq(table.id, id))
  return rows.length > 0
}

// The same table through a plain local name is still the folders table.
export async function folderOf(id: string) {
  await auth.protect()
  const table = folders
  // ruleid: CLK203
  const rows = await db.select().from(table).where(eq(table.id, id))
  return rows[0]
}
