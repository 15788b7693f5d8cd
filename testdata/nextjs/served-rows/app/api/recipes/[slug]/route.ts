import { prisma } from '@/lib/db'

// Any recipe, by its slug, with its author's name: served to anyone.
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const recipe = await prisma.recipe.findUnique({ where: { slug } })
  if (!recipe) return Response.json({ error: 'not found' }, { status: 404 })
  const author = await prisma.user.findUnique({ where: { id: recipe.authorId } })
  return Response.json({ recipe, author: author?.displayName })
}
