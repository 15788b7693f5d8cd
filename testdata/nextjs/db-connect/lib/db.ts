// ok: CLK101
import mongoose from 'mongoose'

let ready = false

export async function openDatabase() {
  mongoose.set('strictQuery', true)
  if (ready) return
  if (!process.env.DATABASE_URI) throw new Error('DATABASE_URI is not set')
  await mongoose.connect(process.env.DATABASE_URI)
  ready = true
}
