import { MongoClient } from 'mongodb'

// A connectivity check: connect, ping, close. No document is touched.
// ok: CLK101
export async function GET() {
  const client = new MongoClient(process.env.MONGODB_URI!)
  try {
    await client.connect()
    await client.db('admin').command({ ping: 1 })
    return Response.json({ status: 'up' })
  } catch {
    return Response.json({ status: 'down' }, { status: 503 })
  } finally {
    await client.close()
  }
}
