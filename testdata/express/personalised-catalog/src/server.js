import express from 'express'
import { clerkMiddleware, getAuth } from '@clerk/express'
import { Book, View, Shelf } from './models.js'

const app = express()
app.use(express.json())
app.use(clerkMiddleware()) // authenticates, rejects nothing

// A public book page that logs a signed-in reader's view for
// recommendations: the only record it adds is the caller's own.
// ok: CLK101
app.get('/api/books/:slug', async (req, res) => {
  const book = await Book.findOne({ slug: req.params.slug, published: true })
  const { userId } = getAuth(req)
  if (userId) {
    await View.create({ userId, bookId: book.id })
  }
  res.json(book)
})

// The same page adding a row anyone names: no record of the caller's.
// ruleid: CLK101
app.get('/api/books/:slug/shelve', async (req, res) => {
  const book = await Book.findOne({ slug: req.params.slug, published: true })
  await Shelf.create({ name: req.query.shelf, bookId: book.id })
  res.json(book)
})

// A view logged for whichever user the query names.
// ruleid: CLK101
app.get('/api/books/:slug/seen', async (req, res) => {
  const book = await Book.findOne({ slug: req.params.slug, published: true })
  await View.create({ userId: req.query.userId, bookId: book.id })
  res.json(book)
})

app.listen(3000)
