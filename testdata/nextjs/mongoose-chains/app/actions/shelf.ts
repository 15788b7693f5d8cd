'use server'

import { Genre } from '@/lib/models/genre'
import { Note } from '@/lib/models/note'

// Sorting, paging and lean() only shape the query: the whole genre list,
// which belongs to no one, is public.
// ok: CLK101
export async function listGenres() {
  const genres = await Genre.find({}).sort({ name: 1 }).limit(100).lean()
  return JSON.parse(JSON.stringify(genres))
}

// The same shaping over notes chosen by a client-supplied owner id.
// ruleid: CLK101
export async function listNotes(ownerId: string) {
  return Note.find({ ownerId }).sort({ _id: -1 }).skip(0).limit(20).lean()
}

// exec() runs the delete it is called on.
// ruleid: CLK101
export async function dropNote(id: string) {
  await Note.findByIdAndDelete(id).exec()
}
