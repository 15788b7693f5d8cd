import mongoose, { Schema } from 'mongoose'

const noteSchema = new Schema({ title: String, body: String, ownerId: String }, { timestamps: true })

export const Note = mongoose.models.Note || mongoose.model('Note', noteSchema)
