'use server'
import { db } from '../../lib/db'
import { ordersOf } from '../../lib/queries'

// The client component calls this one: an action anyone can call.
// ruleid: CLK101
export async function listOrders(shop: string) {
  return ordersOf(shop)
}

// The client imports only listOrders: from Next.js 15 on an export nothing
// refers to gets no id in any bundle.
// ok: CLK101
export async function purgeOrders(shop: string) {
  await db.order.deleteMany({ where: { shop } })
}
