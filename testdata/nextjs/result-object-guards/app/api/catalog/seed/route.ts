import { prisma } from '@/lib/prisma'
import { requireAdmin } from '@/lib/admin'

// The helper's answer is awaited and dropped: nothing stops the request.
// ruleid: CLK101
export async function POST() {
  await requireAdmin()
  await prisma.product.createMany({ data: [{ name: 'Sample' }] })
  return new Response(null, { status: 201 })
}
