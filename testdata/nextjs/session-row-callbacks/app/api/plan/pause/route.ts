import { auth, clerkClient } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

// Prisma's interactive transaction returns its callback's value.
// ok: CLK201
export async function POST() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const paused = await prisma.$transaction(async (tx) => {
    const account = await tx.account.findUnique({ where: { clerkId: userId } })
    return account
  })
  if (!paused) return new Response('Not found', { status: 404 })
  const client = await clerkClient()
  await client.users.updateUser(paused.clerkId, { publicMetadata: { paused: true } })
  return Response.json({ ok: true })
}
