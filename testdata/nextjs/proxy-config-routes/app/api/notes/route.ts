import { prisma } from '@/lib/prisma'

// Not in the imported list: the proxy protects it.
// ok: CLK101
export async function POST(req: Request) {
  const { text } = await req.json()
  return Response.json(await prisma.note.create({ data: { text } }))
}

// ok: CLK101
export async function GET() {
  return Response.json(await prisma.note.findMany())
}
