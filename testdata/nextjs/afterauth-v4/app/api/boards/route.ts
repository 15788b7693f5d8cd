import { auth } from '@clerk/nextjs'
import { PrismaClient } from '@prisma/client'

const db = new PrismaClient()

// An apiRoute: afterAuth answers 401 before it runs.
// ok: CLK101, CLK102
export async function DELETE(req: Request) {
  const { userId } = auth()
  await db.board.deleteMany({ where: { ownerId: userId! } })
  return new Response(null, { status: 204 })
}
