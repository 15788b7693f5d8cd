import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102
export async function GET() {
  const { userId, isAuthenticated } = await auth()
  if (!isAuthenticated) return Response.json({ error: 'Unauthorized' }, { status: 401 })
  return Response.json({ userId })
}
