'use server'

import { prisma } from '@/lib/db'

// ruleid: CLK101
export async function getTaskById(id: string) {
  return prisma.task.findUnique({ where: { id } })
}
