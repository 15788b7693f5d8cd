'use server'
import { db } from '../../lib/db'

// Nothing in the app imports this module: no build holds it as an action,
// in any Next.js version.
// ok: CLK101
export async function resetAll() {
  await db.order.deleteMany({})
}
