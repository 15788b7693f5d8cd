import { requireUserId } from '@acme/auth'
import { prisma } from '@/lib/prisma'

// Protected by the workspace package's helper.
// ok: CLK101
export async function GET() {
  const userId = await requireUserId()
  return Response.json({ userId })
}

// ruleid: CLK101
export async function PATCH(req: Request) {
  return Response.json(await prisma.profile.update({ where: { id: 1 }, data: await req.json() }))
}
