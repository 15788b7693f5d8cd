import { auth } from '@clerk/nextjs/server'

export async function GET() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  // ruleid: CLK008
  return Response.json({ userId, clerkKey: process.env.CLERK_SECRET_KEY })
}
