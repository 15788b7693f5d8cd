import { openDatabase } from '@/lib/db'

// Opens the connection ahead of the first request.
// ok: CLK101
export async function GET() {
  await openDatabase()
  return Response.json({ ok: true })
}
