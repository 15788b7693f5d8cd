'use server'

import { redirect } from 'next/navigation'
import { prisma } from '@/lib/db'
import { countAllOrders } from '@/app/actions/counts'

// The tested result comes from a call that never checks the session.
// ruleid: CLK101
export default async function Export() {
  const [orders, stamp] = await Promise.all([countAllOrders(), Promise.resolve(Date.now())])
  if (!orders.success) {
    return redirect('/sign-in')
  }
  await prisma.visit.create({ data: { page: 'export', at: new Date(stamp) } })
  return <p>{orders.data} orders</p>
}
