import { PrismaClient } from '@prisma/client'

const db = new PrismaClient()

// Not an apiRoute, and publicRoutes opens everything: nothing stops a
// signed-out request.
// ruleid: CLK101
export async function DELETE() {
  await db.exportJob.deleteMany({})
  return new Response(null, { status: 204 })
}
