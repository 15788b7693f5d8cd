// A connection module of the usual kind: it loads .env.local when run
// from a script, logs the connection's events, and connects once. None of
// it reads or writes a record.
// ok: CLK101
import mongoose from 'mongoose'
import { config } from 'dotenv'
import { resolve } from 'path'

let connected = false

export async function connectDB() {
  if (connected) return
  if (!process.env.MONGO_URI) {
    config({ path: resolve(process.cwd(), '.env.local') })
  }
  mongoose.connection.on('connected', () => console.info('database connected'))
  mongoose.connection.on('error', (err) => console.error('database error', err))
  mongoose.connection.once('disconnected', () => {
    connected = false
  })
  process.on('SIGTERM', () => mongoose.disconnect())
  await mongoose.connect(process.env.MONGO_URI!)
  connected = true
}

// The caller's hooks are registered under names it chooses: what runs
// when is not something a reader of this module can tell.
export async function connectWithHooks(hooks: Record<string, () => void>) {
  for (const [event, fn] of Object.entries(hooks)) {
    mongoose.connection.on(event, fn)
  }
  await mongoose.connect(process.env.MONGO_URI!)
}
