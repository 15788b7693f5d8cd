import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  const { sessionClaims } = await auth()
  const role = sessionClaims?.metadata?.role
  if (role !== 'admin' && role !== 'moderator') {
    return new Response('Forbidden', { status: 403 })
  }
  return Response.json({ role })
}
