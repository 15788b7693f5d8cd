import { prisma } from '@/lib/prisma'

// The middleware's allowlist exempts every /api route, and this handler does not check either.
// ruleid: CLK101
export async function POST(req: Request) {
  return Response.json(await prisma.item.create({ data: await req.json() }))
}
