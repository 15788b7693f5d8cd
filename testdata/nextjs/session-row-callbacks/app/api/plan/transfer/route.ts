import { auth, clerkClient } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'
import { inUnitThen } from '@/lib/unit-of-work'

// The first callback returns the caller's row under one key and the
// body's under another; the second acts on the other.
// ruleid: CLK201
export async function POST(req: Request) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { toId } = await req.json()
  const from = await prisma.account.findFirst({ where: { clerkId: userId } })
  const to = await prisma.account.findFirst({ where: { clerkId: toId } })
  await inUnitThen(
    async () => ({ from, to }),
    async (done) => {
      const client = await clerkClient()
      await client.users.updateUser(done.to.clerkId, { publicMetadata: { tier: 'pro' } })
    },
  )
  return Response.json({ ok: done(from) })
}

function done(x: unknown) {
  return Boolean(x)
}
