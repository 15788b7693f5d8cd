import { prisma } from '@/lib/db'
import { withTimeout } from '@/lib/timeout'

// The task handed to withTimeout deletes every cart.
// ruleid: CLK101
export async function POST() {
  await withTimeout(() => prisma.cart.deleteMany({}), 5000)
  return Response.json({ ok: true })
}
