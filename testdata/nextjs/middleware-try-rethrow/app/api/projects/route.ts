import { prisma } from '@/lib/prisma'

// ok: CLK101
export async function POST(req: Request) {
  const { name } = await req.json()
  return Response.json(await prisma.project.create({ data: { name } }))
}
