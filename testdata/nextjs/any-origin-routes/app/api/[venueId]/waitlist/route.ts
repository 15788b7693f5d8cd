import { db } from '@/lib/db'

// ok: CLK101
export async function POST(req: Request, { params }: { params: Promise<{ venueId: string }> }) {
  const { venueId } = await params
  const { email } = await req.json()
  await db.waitlistEntry.create({ data: { venueId, email } })
  const headers = new Headers({ 'Content-Type': 'application/json' })
  headers.set('Access-Control-Allow-Origin', '*')
  return new Response(JSON.stringify({ queued: true }), { headers })
}
