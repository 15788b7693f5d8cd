'use server'

import { prisma } from '@/lib/db'

// ok: CLK101
export async function listPosts() {
  return prisma.post.findMany({ where: { published: true }, orderBy: { createdAt: 'desc' } })
}

// ruleid: CLK101
export async function deletePost(id: string) {
  await prisma.post.delete({ where: { id } })
}
