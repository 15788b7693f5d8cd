import { db } from '@/lib/db'

// Middleware protects /dashboard only: this handler serves every invoice to anyone.
// ruleid: CLK101
export async function GET() {
  const invoices = await db.invoice.findMany()
  return Response.json(invoices)
}
