import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// A Supabase-style filter on the query string's owner id.
export async function GET(req: Request) {
  await auth.protect()
  const { searchParams } = new URL(req.url)
  const owner = searchParams.get('ownerId')
  // ruleid: CLK202
  const { data } = await db.from('projects').select('*').eq('owner_id', owner)
  return Response.json(data)
}

// The same filter on the session's id.
// ok: CLK202
export async function POST() {
  const { userId } = await auth.protect()
  const { data } = await db.from('projects').select('*').eq('owner_id', userId)
  return Response.json(data)
}
