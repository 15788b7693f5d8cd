import { MongoClient } from 'mongodb'

// The admin handle's ping, after reading the URI into a local.
// ok: CLK101
export async function GET() {
  const uri = process.env.MONGODB_URI
  if (!uri) return Response.json({ status: 'unconfigured' }, { status: 500 })
  const client = new MongoClient(uri)
  await client.connect()
  const ok = await client.db().admin().ping()
  await client.close()
  return Response.json({ ok })
}
