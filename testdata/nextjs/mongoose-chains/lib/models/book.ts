// ok: CLK101
import mongoose from 'mongoose'

// The shelf's catalogue: books are public by nature (CLK101's public-data).
const bookSchema = new mongoose.Schema({ title: String, slug: String, genre: { type: mongoose.Schema.Types.ObjectId, ref: 'Genre' } })
export const Book = mongoose.models.Book || mongoose.model('Book', bookSchema)
