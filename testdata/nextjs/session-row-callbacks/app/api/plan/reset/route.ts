import { auth, clerkClient } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'
import { inUnitThen } from '@/lib/unit-of-work'

// The second callback is handed what the first returned: the caller's row.
// ok: CLK201
export async function POST() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const account = await prisma.account.findFirst({ where: { clerkId: userId } })
  if (!account) return new Response('Not found', { status: 404 })
  await inUnitThen(
    // the database part
    async () => {
      await prisma.account.update({ where: { clerkId: userId }, data: { tier: 'basic' } })
      return { account }
    },
    // then the outside calls
    async (done) => {
      const client = await clerkClient()
      await client.users.updateUser(done.account.clerkId, { publicMetadata: { tier: 'basic' } })
    },
  )
  return Response.json({ ok: true })
}
