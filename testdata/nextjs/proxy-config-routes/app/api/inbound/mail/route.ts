import { prisma } from '@/lib/prisma'

// Opened by routeGroups.inbound, an array inside an exported object.
// ruleid: CLK101
export async function POST(req: Request) {
  const { from, subject } = await req.json()
  await prisma.message.create({ data: { from, subject } })
  return new Response('ok')
}
