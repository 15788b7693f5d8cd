'use server'

import { redirect } from 'next/navigation'
import { prisma } from '@/lib/db'
import { countInvoices, countOrders } from '@/app/actions/counts'

// Both results are tested before anything else runs.
// ok: CLK101
export default async function Overview() {
  const [orders, invoices] = await Promise.all([
    countOrders(),
    // invoices are counted alongside
    countInvoices(),
  ])
  if (!orders.success || !invoices.success) {
    return redirect('/sign-in')
  }
  await prisma.visit.create({ data: { page: 'overview' } })
  return (
    <p>
      {orders.data} orders, {invoices.data} invoices
    </p>
  )
}
