import { prisma } from '@/lib/prisma'

// A near-miss: /api/versions is not /api/version.
// ruleid: CLK101
export async function GET() {
  return Response.json({ users: await prisma.user.count() })
}
