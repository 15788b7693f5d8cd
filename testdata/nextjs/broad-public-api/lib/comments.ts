import { prisma } from './prisma'

export async function saveComment(postId: string, text: string) {
  return prisma.comment.create({ data: { postId, text: text.trim() } })
}
