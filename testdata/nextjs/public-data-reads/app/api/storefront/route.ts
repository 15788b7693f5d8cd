import { prisma } from '@/lib/db'

// A catalogue read beside a read of user data: judged on the user data.
// ruleid: CLK101
export async function GET() {
  const products = await prisma.product.findMany()
  const buyers = await prisma.user.findMany({ select: { email: true } })
  return Response.json({ products, buyers })
}
