// ok: CLK101
import mongoose from 'mongoose'

const threadSchema = new mongoose.Schema({ title: String, authorId: String })

export const Thread = mongoose.models.Thread || mongoose.model('Thread', threadSchema)
