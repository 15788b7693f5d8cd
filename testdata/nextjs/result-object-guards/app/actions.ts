'use server'

import { currentUser } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

// The check throws inside a try that ends the action: the catch only logs,
// and nothing runs after it.
// ok: CLK101
export async function archiveDeal(id: string) {
  try {
    const user = await currentUser()
    if (!user) throw new Error('Unauthorized')
    await prisma.deal.update({ where: { id, ownerId: user.id }, data: { archived: true } })
  } catch (err) {
    console.error('archive failed', err)
  }
}
