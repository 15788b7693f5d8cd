import { prisma } from '@/lib/prisma'

// Listed by name in config/routes: public by design.
// ok: CLK101
export async function GET() {
  return Response.json(await prisma.course.findMany({ select: { id: true, title: true } }))
}
