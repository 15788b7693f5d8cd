'use server'
import { db } from './db'

// Before Next.js 15 an action module another action module imports counts
// as exposed: that importer may sit in a page's server graph, which
// registers every export of each action module it reaches.
// ruleid: CLK101
export async function ordersOf(shop: string) {
  return db.order.findMany({ where: { shop } })
}
