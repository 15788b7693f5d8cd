'use server'

import { prisma } from '@/lib/db'

// ruleid: CLK101
export async function savedAlbums(ownerId: string) {
  return prisma.savedAlbum.findMany({ where: { ownerId } })
}
