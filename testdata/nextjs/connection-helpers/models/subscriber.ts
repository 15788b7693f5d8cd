// ok: CLK101
import mongoose from 'mongoose'

const schema = new mongoose.Schema({ email: String, source: String })

export const Subscriber = mongoose.models.Subscriber || mongoose.model('Subscriber', schema)
