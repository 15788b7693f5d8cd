'use server'
import { db } from '../db'

// Before Next.js 15 every export of an action module a page's server graph
// reaches is registered under an id derived from its file and name.
// ruleid: CLK101
export async function recountTotals() {
  return db.total.updateMany({ data: { stale: false } })
}
