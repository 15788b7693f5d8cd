import { MongoClient } from 'mongodb'

// A command other than ping acts on the data.
// ruleid: CLK101
export async function POST() {
  const client = new MongoClient(process.env.MONGODB_URI!)
  await client.connect()
  await client.db('tracker').command({ dropDatabase: 1 })
  return Response.json({ ok: true })
}
