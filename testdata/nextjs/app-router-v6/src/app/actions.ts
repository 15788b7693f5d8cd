'use server'
import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// Server actions are invoked by id: the middleware never covers them.
// ruleid: CLK101
export async function deleteOrder(id: string) {
  await db.orders.remove(id)
}

// ok: CLK101
export async function renameOrder(id: string, name: string) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  await db.orders.rename(userId, id, name)
}
