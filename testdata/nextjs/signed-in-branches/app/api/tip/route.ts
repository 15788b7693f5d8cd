import { auth } from '@clerk/nextjs/server'
import { cookies } from 'next/headers'
import { db } from '@/lib/db'

// A guest cookie stands in for the user: anyone has one.
// ok: CLK101
export async function POST(req: Request) {
  // ruleid: CLK102
  const { userId } = await auth()
  const jar = await cookies()
  const who = userId || jar.get('guest')?.value
  const { amount } = await req.json()
  if (who) {
    await db.wallet.updateMany({ where: { ownerId: who }, data: { balance: { decrement: amount } } })
  }
  return Response.json({ ok: true })
}
