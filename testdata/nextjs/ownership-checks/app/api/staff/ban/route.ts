import { clerkClient, currentUser } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function POST(req: Request) {
  const user = await currentUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  if (user.publicMetadata.role !== 'admin') {
    return new Response('Forbidden', { status: 403 })
  }
  const { targetUserId } = await req.json()
  const client = await clerkClient()
  await client.users.banUser(targetUserId)
  return Response.json({ banned: targetUserId })
}
