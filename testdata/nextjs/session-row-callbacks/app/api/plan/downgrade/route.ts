import { auth, clerkClient } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'
import { inUnitOfWork } from '@/lib/unit-of-work'

// A project transaction helper hands back what its callback returned.
// ok: CLK201
export async function POST() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const account = await prisma.account.findFirst({ where: { clerkId: userId } })
  if (!account) return new Response('Not found', { status: 404 })
  const result = await inUnitOfWork(async () => {
    await prisma.account.update({ where: { clerkId: userId }, data: { tier: 'basic' } })
    return { account, changed: true }
  })
  const client = await clerkClient()
  await client.users.updateUser(result.account.clerkId, { publicMetadata: { tier: 'basic' } })
  return Response.json({ ok: true })
}
