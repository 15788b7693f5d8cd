import { auth } from '@clerk/nextjs/server'
import { isRateLimited } from './limit'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET(req: Request) {
  if (await isRateLimited(req.headers.get('x-forwarded-for') ?? 'anon')) {
    return new Response('Too many requests', { status: 429 })
  }
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json({ userId })
}
