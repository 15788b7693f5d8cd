import { prisma } from '@/lib/prisma'

// The matcher skips /api/jobs: the middleware never runs here.
// ruleid: CLK101
export async function POST() {
  await prisma.session.deleteMany({ where: { expired: true } })
  return new Response('ok')
}
