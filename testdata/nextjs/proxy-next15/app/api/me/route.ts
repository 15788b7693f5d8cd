// ruleid: CLK103
import { currentUser } from '@clerk/nextjs/server'

// ok: CLK101
export async function GET() {
  const user = await currentUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  return Response.json({ id: user.id })
}
