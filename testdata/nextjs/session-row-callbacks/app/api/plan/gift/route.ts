import { auth, clerkClient } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'
import { inUnitOfWork } from '@/lib/unit-of-work'

// The row the callback returns is the one the body names.
// ruleid: CLK201
export async function POST(req: Request) {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { recipientId } = await req.json()
  const result = await inUnitOfWork(async () => {
    const account = await prisma.account.findFirst({ where: { clerkId: recipientId } })
    return { account }
  })
  const client = await clerkClient()
  await client.users.updateUser(result.account.clerkId, { publicMetadata: { tier: 'pro' } })
  return Response.json({ ok: true })
}
