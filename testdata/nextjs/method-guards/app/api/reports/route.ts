import { prisma } from '@/lib/prisma'
import { SessionService } from '@/lib/session'

// requireAdmin calls this.requireUserId(), which returns this.signOut()'s
// result for a signed-out visitor: signOut always throws.
// ok: CLK101
export async function GET() {
  await SessionService.requireAdmin()
  return Response.json(await prisma.report.findMany())
}

// The method only logs: anyone can clear every report.
// ruleid: CLK101
export async function POST() {
  await SessionService.trace()
  await prisma.report.deleteMany({})
  return new Response(null, { status: 204 })
}

// A check method's answer, tested.
// ok: CLK101
export async function PUT(req: Request) {
  const userId = await SessionService.userIdOrNull()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const { title } = await req.json()
  return Response.json(await prisma.report.create({ data: { title, ownerId: userId } }))
}

// ... and not tested: signed out, the filter has no owner.
export async function DELETE() {
  // ruleid: CLK102
  const userId = await SessionService.userIdOrNull()
  await prisma.report.deleteMany({ where: { ownerId: userId } })
  return new Response(null, { status: 204 })
}
