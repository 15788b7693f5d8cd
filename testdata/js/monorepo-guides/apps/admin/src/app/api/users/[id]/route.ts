import { auth, clerkClient } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  await auth.protect({ role: 'org:admin' })
  const { id } = await params
  const client = await clerkClient()
  await client.users.banUser(id)
  return Response.json({ banned: id })
}
