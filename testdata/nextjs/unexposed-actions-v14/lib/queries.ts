'use server'
import { db } from './db'

// Before Next.js 15 a 'use server' module reached from the client's actions
// was registered whole.
// ruleid: CLK101
export async function ordersOf(shop: string) {
  return db.order.findMany({ where: { shop } })
}
