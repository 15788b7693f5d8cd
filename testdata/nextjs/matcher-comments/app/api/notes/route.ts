import { prisma } from '@/lib/prisma'

// ok: CLK101
export async function POST(req: Request) {
  const { text } = await req.json()
  return Response.json(await prisma.note.create({ data: { text } }))
}
