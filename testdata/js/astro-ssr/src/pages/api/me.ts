import type { APIRoute } from 'astro'
import { clerk } from '../../lib/clerk'

// ok: CLK101, CLK102, CLK201, CLK202
export const GET: APIRoute = async ({ locals }) => {
  const { userId } = locals.auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const user = await clerk.users.getUser(userId)
  return Response.json({ email: user.primaryEmailAddress?.emailAddress })
}
