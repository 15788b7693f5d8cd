import { auth } from '@clerk/nextjs/server'

// ok: CLK101
export async function GET() {
  // v5 code after upgrading: auth() is a Promise, userId is undefined, the check fails open.
  // ruleid: CLK102
  const { userId } = auth()
  if (userId === null) return new Response('Unauthorized', { status: 401 })
  return Response.json({ userId })
}
