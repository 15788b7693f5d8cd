import { PrismaClient } from '@prisma/client'

const db = new PrismaClient()

// ruleid: CLK101
export async function POST(req: Request) {
  const { userId, amount } = await req.json()
  await db.user.update({ where: { clerkId: userId }, data: { credits: { decrement: amount } } })
  return Response.json({ ok: true })
}
