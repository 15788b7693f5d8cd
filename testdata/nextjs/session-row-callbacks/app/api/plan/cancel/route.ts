import { auth, clerkClient } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

// The caller's own row, found by their id: its ids are theirs.
// ok: CLK201
export async function POST() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const account = await prisma.account.findUnique({ where: { clerkId: userId } })
  if (!account) return new Response('Not found', { status: 404 })
  const client = await clerkClient()
  await client.users.updateUserMetadata(account.clerkId, { publicMetadata: { tier: 'basic' } })
  return Response.json({ ok: true })
}
