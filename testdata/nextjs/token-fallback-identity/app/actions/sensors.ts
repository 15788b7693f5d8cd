'use server'

import { prisma } from '@/lib/prisma'
import { callerId } from '@/lib/identity'

// ok: CLK101
export async function renameSensor(sensorId: string, name: string, deviceKey?: string | null) {
  const ownerId = await callerId(deviceKey)
  if (!ownerId) {
    return { ok: false, reason: 'unauthorized' }
  }
  await prisma.sensor.updateMany({ where: { id: sensorId, ownerId }, data: { name } })
  return { ok: true }
}

// No check at all: anyone can delete any sensor by its id.
// ruleid: CLK101
export async function deleteSensor(sensorId: string) {
  await prisma.sensor.delete({ where: { id: sensorId } })
  return { ok: true }
}
