'use server'

import { prisma } from '@/lib/db'
import { countInvoices, countOrders } from '@/app/actions/counts'

// The results are never tested: the write runs signed out too (the
// session is read, through the helpers, and never checked).
export default async function Report() {
  // ruleid: CLK102
  const [orders, invoices] = await Promise.all([countOrders(), countInvoices()])
  await prisma.visit.create({ data: { page: 'report' } })
  return <p>{orders.success ? orders.data : 0} orders, {invoices.success ? invoices.data : 0} invoices</p>
}
