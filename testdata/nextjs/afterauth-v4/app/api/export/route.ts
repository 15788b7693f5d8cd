import { PrismaClient } from '@prisma/client'

const db = new PrismaClient()

// Not an apiRoute: afterAuth lets it through, which is left unjudged.
// ok: CLK101
export async function DELETE() {
  await db.exportJob.deleteMany({})
  return new Response(null, { status: 204 })
}
