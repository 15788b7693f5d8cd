'use server'
import { db } from '../../lib/db'
import { ordersOf } from '../../lib/queries'

// The client component calls this one: an action anyone can call.
// ruleid: CLK101
export async function listOrders(shop: string) {
  return ordersOf(shop)
}

// Before Next.js 15 every export of a module the client imports was
// registered, under an id derived from its name.
// ruleid: CLK101
export async function purgeOrders(shop: string) {
  await db.order.deleteMany({ where: { shop } })
}
