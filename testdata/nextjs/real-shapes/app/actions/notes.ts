'use server'

import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// A helper that answers an error value (instead of throwing) when signed
// out, before any of its work.
async function archiveNote(id: string) {
  const { userId } = await auth()
  if (!userId) {
    return { ok: false, error: 'Unauthorized' }
  }
  await db.note.archive(id, userId)
  return { ok: true }
}

// Delegating as the last statement: nothing of the action runs after the
// helper's check.
// ok: CLK101
export async function archiveNoteAction(formData: FormData) {
  const id = formData.get('id') as string
  await archiveNote(id)
}

// Returning the helper's answer is the same shape.
// ok: CLK101
export async function archiveNoteForm(formData: FormData) {
  const id = String(formData.get('id'))
  return archiveNote(id)
}

// Work after the helper runs even when the helper bailed out signed out.
// ruleid: CLK101
export async function archiveThenTouch(formData: FormData) {
  const id = formData.get('id') as string
  await archiveNote(id)
  await db.note.touch(id)
}
