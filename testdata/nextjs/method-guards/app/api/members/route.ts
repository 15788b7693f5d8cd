import { MemberGuard, memberGuard } from '@/lib/members'
import { prisma } from '@/lib/prisma'

// A static method that throws for a signed-out visitor.
// ok: CLK101
export async function GET() {
  await MemberGuard.requireSignedIn()
  return Response.json(await prisma.member.findMany())
}

// An instance's method delegating to the static one.
// ok: CLK101
export async function PUT(req: Request) {
  const userId = await memberGuard.requireMember()
  const { name } = await req.json()
  return Response.json(await prisma.member.update({ where: { clerkId: userId }, data: { name } }))
}

// softCheck hands an error back and the handler ignores it.
// ruleid: CLK101
export async function DELETE(req: Request) {
  await memberGuard.softCheck()
  const { id } = await req.json()
  await prisma.member.delete({ where: { id } })
  return new Response(null, { status: 204 })
}
