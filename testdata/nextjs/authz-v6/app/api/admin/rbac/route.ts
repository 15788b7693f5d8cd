import { auth, currentUser } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// Metadata-based RBAC: the role claim from the session token.
// ok: CLK201
export async function GET() {
  const { sessionClaims } = await auth()
  if (sessionClaims?.metadata?.role !== 'admin') return new Response('Forbidden', { status: 403 })
  return Response.json(await db.audit.all())
}

// unsafeMetadata is written by the browser: this checks nothing.
// ruleid: CLK201
export async function POST() {
  const user = await currentUser()
  if (user?.unsafeMetadata?.role !== 'admin') return new Response('Forbidden', { status: 403 })
  return Response.json(await db.audit.purge())
}
