import { db } from '../../../lib/db'

// Covered: the middleware calls auth.protect() for /dashboard/reports(.*).
// ok: CLK101
export default async function Reports() {
  const invoices = await db.invoices.all()
  return <p>{invoices.length} invoices</p>
}
