'use server'

import { currentUser } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

// All the work sits inside `if (user)`, the action's last statement: a
// signed-out call falls off the end and does nothing.
// ok: CLK101
export async function createFlow(name: string) {
  // ok: CLK102
  const user = await currentUser()
  if (user) {
    const flow = await prisma.flow.create({ data: { name, ownerId: user.id } })
    return { id: flow.id }
  }
}

// The same inside a try that ends the action.
// ok: CLK101
export async function listFlows() {
  try {
    // ok: CLK102
    const user = await currentUser()
    if (user) {
      return await prisma.flow.findMany({ where: { ownerId: user.id } })
    }
  } catch {
    return { error: 'failed' }
  }
}

// The if only logs; the insert after it runs for anyone.
// ok: CLK101
export async function importFlow(name: string) {
  // ruleid: CLK102
  const user = await currentUser()
  if (user) {
    console.info('importing a flow for', user.id)
  }
  await prisma.flow.create({ data: { name, imported: true } })
}
