import { getUserId } from '@/lib/auth'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  const userId = await getUserId()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json({ userId })
}
