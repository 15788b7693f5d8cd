import { db } from '@/lib/db'

// The header goes out with a request to another service: it answers no one.
// ruleid: CLK101
export async function POST(req: Request) {
  const { message } = await req.json()
  await db.outboxMessage.create({ data: { message } })
  await fetch('https://relay.example.org/v1/messages', { method: 'POST', headers: { 'Access-Control-Allow-Origin': '*' }, body: JSON.stringify({ message }) })
  return Response.json({ ok: true })
}
