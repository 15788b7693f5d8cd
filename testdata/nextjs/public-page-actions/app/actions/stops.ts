'use server'

import { prisma } from '@/lib/db'

// The public trip page lists a trip's stops, but the signed-in planner
// uses it too, where the stops of unpublished trips live.
// ruleid: CLK101
export async function listStops(tripId: string) {
  return prisma.stop.findMany({ where: { tripId } })
}
