'use server'

import { prisma } from '@/lib/db'

// Rendered only by the dashboard, which needs a session: callable by id,
// it hands anyone the totals.
// ruleid: CLK101
export default async function Stats() {
  const sales = await prisma.sale.aggregate({ _sum: { amount: true } })
  return <p>{sales._sum.amount}</p>
}
