import mongoose from 'mongoose'

const bookSchema = new mongoose.Schema({ title: String, slug: String, published: Boolean })
const viewSchema = new mongoose.Schema({ userId: String, bookId: String })
const shelfSchema = new mongoose.Schema({ name: String, bookId: String })

export const Book = mongoose.model('Book', bookSchema)
export const View = mongoose.model('View', viewSchema)
export const Shelf = mongoose.model('Shelf', shelfSchema)
