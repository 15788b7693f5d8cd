import { prisma } from '@/lib/prisma'

// ruleid: CLK101
export async function GET() {
  return Response.json(await prisma.invoice.findMany())
}
