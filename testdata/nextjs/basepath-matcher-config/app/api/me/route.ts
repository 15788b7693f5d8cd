// ruleid: CLK103
import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102
export async function GET() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json({ userId })
}
