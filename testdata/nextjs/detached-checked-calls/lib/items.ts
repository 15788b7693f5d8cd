import 'server-only'
import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

// Each checks the session and throws before it writes.
// ok: CLK101
export async function setQuantity(itemId: number, quantity: number) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  await prisma.item.updateMany({ where: { id: itemId, ownerId: userId }, data: { quantity } })
}

// ok: CLK101
export async function removeItem(itemId: number) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  await prisma.item.deleteMany({ where: { id: itemId, ownerId: userId } })
}

// No check of its own.
// ok: CLK101
export async function relinkItem(itemId: number, listId: number) {
  await prisma.item.update({ where: { id: itemId }, data: { listId } })
}
