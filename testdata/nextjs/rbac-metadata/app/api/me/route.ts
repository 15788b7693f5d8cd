import { currentUserId } from '@/lib/session'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  const userId = await currentUserId()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json({ userId })
}
