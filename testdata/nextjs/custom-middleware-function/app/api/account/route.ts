import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

// Named by the denylist the custom function's clerkMiddleware protects.
// ok: CLK101
export async function DELETE() {
  const { userId } = await auth()
  await prisma.account.delete({ where: { clerkId: userId! } })
  return new Response(null, { status: 204 })
}
