import { auth, clerkClient } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'
import { inUnitThenFresh } from '@/lib/unit-of-work'

// This helper hands the second callback something else than the first's
// result.
// ruleid: CLK201
export async function POST() {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const account = await prisma.account.findFirst({ where: { clerkId: userId } })
  await inUnitThenFresh(
    async () => ({ account }),
    async (done) => {
      const client = await clerkClient()
      await client.users.updateUser(done.account.clerkId, { publicMetadata: { tier: 'basic' } })
    },
  )
  return Response.json({ ok: true })
}
