import { MongoClient } from 'mongodb'

// The same connection writing a document is a write.
// ruleid: CLK101
export async function POST(req: Request) {
  const client = new MongoClient(process.env.MONGODB_URI!)
  await client.connect()
  const job = await req.json()
  await client.db('tracker').collection('jobs').insertOne(job)
  await client.close()
  return Response.json({ ok: true }, { status: 201 })
}
