import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function POST(req: Request) {
  let body: { name?: string }
  try {
    body = await req.json()
  } catch {
    return Response.json({ error: 'Invalid JSON' }, { status: 400 })
  }
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json({ owner: userId, name: body.name })
}
