// ok: CLK101
import mongoose from 'mongoose'

// Genres belong to no one: the shelf's list of categories.
const genreSchema = new mongoose.Schema({ name: String, slug: String })
export const Genre = mongoose.models.Genre || mongoose.model('Genre', genreSchema)
