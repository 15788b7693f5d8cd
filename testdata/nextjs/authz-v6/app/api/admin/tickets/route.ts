import { currentUser } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// The roles allowed are an array literal tested in place.
// ok: CLK201
export async function GET() {
  const user = await currentUser()
  if (!user || !['admin', 'support'].includes(user.publicMetadata.role as string)) {
    return Response.json({ error: 'forbidden' }, { status: 403 })
  }
  return Response.json(await db.tickets.all())
}
