import { auth } from '@clerk/nextjs/server'

// v5: auth() is synchronous, so this is right.
// ok: CLK101, CLK102
export function GET() {
  const { userId } = auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json({ userId })
}
