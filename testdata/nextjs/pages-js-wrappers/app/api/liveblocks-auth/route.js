import { currentUser } from '@clerk/nextjs/server'
import { Liveblocks } from '@liveblocks/node'

const liveblocks = new Liveblocks({ secret: process.env.LIVEBLOCKS_SECRET_KEY })

// ok: CLK101, CLK102, CLK201, CLK202
export async function POST(request) {
  const user = await currentUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  const session = liveblocks.prepareSession(user.id, { userInfo: { name: user.fullName ?? 'Anonymous' } })
  const { room } = await request.json()
  session.allow(room, session.FULL_ACCESS)
  const { status, body } = await session.authorize()
  return new Response(body, { status })
}
