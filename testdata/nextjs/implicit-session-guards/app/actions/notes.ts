'use server'

import { db } from '@/lib/db'
import { memberOr404, memberOrResponse, requireMember } from '@/lib/member'

// ok: CLK101, CLK102
export async function addNote(text: string) {
  const user = await requireMember()
  await db.note.create({ data: { ownerId: user.id, text } })
}

// ok: CLK101, CLK102
export async function listNotes() {
  const user = await memberOr404()
  return db.note.findMany({ where: { ownerId: user.id } })
}

// The helper hands a response back when signed out; nothing tests it.
// ok: CLK101
export async function removeNote(id: string) {
  // ruleid: CLK102
  const user = await memberOrResponse()
  await db.note.deleteMany({ where: { id, ownerId: user.id } })
}
