'use server'
import { db } from './db'

// ok: CLK101
export async function discardDraft(id: string) {
  await db.draft.delete({ where: { id } })
}
