import { prisma } from '@/lib/prisma'

// Reads under the public prefix.
// ok: CLK101
export async function GET() {
  return Response.json(await prisma.post.findMany({ where: { published: true } }))
}
