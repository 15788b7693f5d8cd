import { prisma } from '@/lib/db'

// Only shared collections are served to everyone.
export async function GET() {
  const collections = await prisma.collection.findMany({ where: { shared: true } })
  return Response.json(collections)
}
