import { auth, clerkClient } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function PATCH(req: Request) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })

  const { theme } = await req.json()
  if (theme !== 'light' && theme !== 'dark') {
    return new Response('Bad theme', { status: 400 })
  }

  const client = await clerkClient()
  await client.users.updateUserMetadata(userId, {
    publicMetadata: { theme },
  })
  return Response.json({ ok: true })
}
