// ok: CLK101
import mongoose from 'mongoose'

// Reading notes are their writer's.
const noteSchema = new mongoose.Schema({ ownerId: String, book: String, text: String })
export const Note = mongoose.models.Note || mongoose.model('Note', noteSchema)
