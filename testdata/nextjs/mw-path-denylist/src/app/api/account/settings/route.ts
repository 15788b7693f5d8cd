import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

// Under /api/account, which the denylist sends to sign-in when signed out.
// ok: CLK101
export async function POST(req: Request) {
  const { userId } = await auth()
  const body = await req.json()
  return Response.json(await prisma.settings.update({ where: { userId: userId! }, data: body }))
}
