'use server'

import { prisma } from '@/lib/db'

// The rows the public feed lists to everyone.
// ok: CLK101
export async function shoutById(id: string) {
  return prisma.shout.findUnique({ where: { id } })
}

// ruleid: CLK101
export async function draftById(id: string) {
  return prisma.draft.findUnique({ where: { id } })
}
