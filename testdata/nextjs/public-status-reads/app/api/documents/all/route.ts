import { db } from '@/lib/db'

// Every document, private ones included.
// ruleid: CLK101
export async function GET() {
  return Response.json(await db.document.findMany({ select: { id: true, title: true, body: true } }))
}
