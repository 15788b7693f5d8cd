'use server'

import { Genre } from '@/lib/models/genre'
import { Note } from '@/lib/models/note'
import { Book } from '@/lib/models/book'
import Stripe from 'stripe'

// Sorting, paging and lean() only shape the query: the whole genre list,
// which belongs to no one, is public.
// ok: CLK101
export async function listGenres() {
  const genres = await Genre.find({}).sort({ name: 1 }).limit(100).lean()
  return { genres: JSON.parse(JSON.stringify(genres)), at: new Date().toISOString() }
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

// A document built and saved in one expression writes its model.
// ruleid: CLK101
export async function addGenre(name: string) {
  await new Genre({ name, slug: name.toLowerCase() }).save()
}

// A package client built in place does what the package does.
// ruleid: CLK101
export async function startCheckout(price: string) {
  return new Stripe(process.env.STRIPE_SECRET_KEY!).checkout.sessions.create({ mode: 'payment', line_items: [{ price, quantity: 1 }] })
}

// A helper that populates whatever query it is given adds no effect of its
// own: the query is the caller's call.
const withGenre = (query: any) => query.populate({ path: 'genre', select: 'name' }).lean()

// ok: CLK101
export async function bookBySlug(slug: string) {
  return withGenre(Book.findOne({ slug }))
}

// ruleid: CLK101
export async function notesOn(ownerId: string, book: string) {
  return withGenre(Note.find({ ownerId, book }))
}

// Counting what the query selects, and a query kept in a local and run by
// exec(), read the same rows: the genre list stays public.
// ok: CLK101
export async function genrePage(page: number) {
  const total = await Genre.find({}).countDocuments()
  const q = Genre.find({}).sort({ name: 1 }).skip(page * 20).limit(20)
  return { genres: await q.exec(), total }
}

// The same over a client-chosen owner's notes.
// ruleid: CLK101
export async function notePage(ownerId: string) {
  const q = Note.find({ ownerId }).sort({ _id: -1 })
  return q.exec()
}

// Modifiers chained on the query a helper returns shape that query.
const newestFirst = (query: any) => query.sort({ createdAt: -1 })

// ok: CLK101
export async function latestGenres() {
  return newestFirst(Genre.find({})).skip(0).limit(10).lean()
}

// ruleid: CLK101
export async function latestNotes(ownerId: string) {
  return newestFirst(Note.find({ ownerId })).limit(10)
}
