import { prisma } from '@/lib/prisma'

// isStatusPage's /^\/api\/beacon$/ lets it through; it writes.
// ruleid: CLK101
export async function POST(req: Request) {
  const { probe } = await req.json()
  await prisma.probe.create({ data: { probe } })
  return new Response('ok')
}
