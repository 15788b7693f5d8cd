import mongoose from 'mongoose'

// ok: CLK101
export const Purchase = mongoose.models.Purchase || mongoose.model('Purchase', new mongoose.Schema({ sessionId: String, status: String, courseId: String }))
