import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

export async function GET() {
  const { userId } = await auth.protect()
  // ok: CLK203 (the caller's own row)
  const me = await prisma.user.findUnique({ where: { clerkId: userId } })
  // ok: CLK203 (a list filtered by the session)
  const orders = await prisma.order.findMany({ where: { userId } })
  return Response.json({ me, orders })
}
