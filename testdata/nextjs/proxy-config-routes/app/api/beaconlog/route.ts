import { prisma } from '@/lib/prisma'

// Not matched by the beacon pattern (it ends at /beacon): protected.
// ok: CLK101
export async function POST(req: Request) {
  const { note } = await req.json()
  await prisma.board.create({ data: { note } })
  return new Response('ok')
}
