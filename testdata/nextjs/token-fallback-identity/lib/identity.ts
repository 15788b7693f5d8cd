'use server'

import { createHash } from 'node:crypto'
import { auth } from '@clerk/nextjs/server'
import { prisma } from './prisma'

// The signed-in user, or the owner of a device key a sensor sends instead:
// every branch of the signed-out case returns (null, or the key owner's id),
// so a caller testing the result is authenticated either way.
// ok: CLK101, CLK102
export async function callerId(deviceKey?: string | null): Promise<string | null> {
  const { userId } = await auth()
  if (!userId) {
    if (!deviceKey) {
      return null
    } else {
      const digest = createHash('sha256').update(deviceKey).digest('hex')
      const key = await prisma.deviceKey.findFirst({ where: { digest } })
      return key?.ownerId ?? null
    }
  }
  return userId
}
