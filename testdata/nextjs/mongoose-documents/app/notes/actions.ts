'use server'

import { auth } from '@clerk/nextjs/server'
import { Note } from '@/models/note'
import Label from '@/models/label'

// Mongoose lets a model be called without new: the document it builds is
// written by save(), a write of Note that needs a signed-in caller.
// ruleid: CLK101
export async function addNote(input: { title: string; body: string }) {
  try {
    const note = await Note(input)
    await note.save()
    return { ok: true }
  } catch (err) {
    return { ok: false }
  }
}

// The same write with the document built by new and kept in a local.
// ruleid: CLK101
export async function draftNote(title: string) {
  const draft = new Note({ title, body: '' })
  await draft.save()
  return draft.id as string
}

// A model built by model() and exported as default, called without new.
// ruleid: CLK101
export async function addLabel(name: string) {
  const label = await Label({ name })
  return label.save()
}

// Checked first: the save runs only for a signed-in caller.
// ok: CLK101
export async function ownNote(title: string) {
  const { userId } = await auth.protect()
  const mine = new Note({ title, ownerId: userId })
  await mine.save()
  return mine.id as string
}
