'use server'

import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

type Result<T> = { success: true; data: T } | { success: false; error: string }

// Each answers a failure value when signed out.
// ok: CLK101
export async function countOrders(): Promise<Result<number>> {
  const { userId } = await auth()
  if (!userId) return { success: false, error: 'unauthorized' }
  return { success: true, data: await prisma.order.count({ where: { userId } }) }
}

// ok: CLK101
export async function countInvoices(): Promise<Result<number>> {
  const { userId } = await auth()
  if (!userId) return { success: false, error: 'unauthorized' }
  return { success: true, data: await prisma.invoice.count({ where: { userId } }) }
}

// No session check: counts every order.
// ruleid: CLK101
export async function countAllOrders(): Promise<Result<number>> {
  return { success: true, data: await prisma.order.count() }
}
