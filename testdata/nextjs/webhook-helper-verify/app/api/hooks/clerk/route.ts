import { prisma } from '@/lib/prisma'
import { verifyDelivery } from '@/lib/deliveries'

// ok: CLK101
export async function POST(req: Request) {
  const evt = verifyDelivery(await req.text(), req.headers)
  if (evt.type === 'user.deleted') {
    await prisma.user.delete({ where: { clerkId: evt.data.id } })
  }
  return new Response('ok')
}
