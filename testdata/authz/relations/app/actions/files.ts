'use server'

import { auth } from '@clerk/nextjs/server'
import { and, eq } from 'drizzle-orm'
import { db, files, folders } from '@/db/schema'

export async function readFile(id: string) {
  const { userId } = await auth.protect()
  // ok: CLK203 (joined to the parent and filtered by its owner)
  const rows = await db
    .select()
    .from(files)
    .innerJoin(folders, eq(files.folderId, folders.id))
    .where(and(eq(files.id, id), eq(folders.ownerId, userId)))
  return rows[0]
}

export async function peekFile(id: string) {
  const { userId } = await auth.protect()
  // ruleid: CLK203
  const rows = await db
    .select()
    .from(files)
    .innerJoin(folders, eq(files.folderId, folders.id))
    .where(eq(files.id, id))
  return rows[0]
}

// The file's folder is looked up by the file's key and the caller.
export async function renameFile(id: string, name: string) {
  const { userId } = await auth.protect()
  const [file] = await db.select().from(files).where(eq(files.id, id))
  const owned = await db.select().from(folders).where(and(eq(folders.id, file.folderId), eq(folders.ownerId, userId)))
  if (owned.length === 0) throw new Error('Forbidden')
  // ok: CLK203 (the parent was found by the child's key and the caller)
  await db.update(files).set({ name }).where(eq(files.id, id))
}

// The folder lookup drops the caller.
export async function relabelFile(id: string, name: string) {
  const { userId } = await auth.protect()
  const [file] = await db.select().from(files).where(eq(files.id, id))
  const found = await db.select().from(folders).where(eq(folders.id, file.folderId))
  if (found.length === 0) throw new Error('Gone')
  // ruleid: CLK203
  await db.update(files).set({ name }).where(eq(files.id, id))
}
