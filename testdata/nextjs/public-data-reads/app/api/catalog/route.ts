import { prisma } from '@/lib/db'

// Reads only catalogue models (public-data: product, category): the
// storefront shows them to signed-out visitors.
// ok: CLK101
export async function GET() {
  const [products, categories] = await Promise.all([
    prisma.product.findMany({ where: { published: true } }),
    prisma.category.findMany(),
  ])
  return Response.json({ products, categories })
}
