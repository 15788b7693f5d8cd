import { prisma } from '@/lib/prisma'

// '/api/feed(.*)' opens the tree for reading, not for changing posts.
// ruleid: CLK101
export async function PATCH(req: Request) {
  const { id, text } = await req.json()
  return Response.json(await prisma.post.update({ where: { id }, data: { text } }))
}
