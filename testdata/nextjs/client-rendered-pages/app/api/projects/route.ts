import { auth } from '@clerk/nextjs/server'
import { store } from '../../../lib/data'

// ok: CLK101
export async function GET() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return Response.json(await store.projects.forOwner(userId))
}
