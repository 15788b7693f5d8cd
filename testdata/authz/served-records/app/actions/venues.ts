'use server'

import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

// Reading a venue anyone may read is no ownership question; changing one is.
export async function renameVenue(venueId: string, name: string) {
  await auth.protect()
  // ruleid: CLK203
  await prisma.venue.update({ where: { id: venueId }, data: { name } })
}
