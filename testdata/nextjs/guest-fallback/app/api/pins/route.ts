import { auth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'

// A write keyed by the fallback: every signed-out visitor writes as the
// one guest, into rows the next visitor reads back.
// ok: CLK101
export async function POST(req: Request) {
  // ruleid: CLK102
  const { userId } = await auth()
  const { title } = await req.json()
  const pin = await db.pin.create({ data: { ownerId: userId ?? 'anon', title } })
  return Response.json(pin)
}

// Reads the guest's pins too, and deletes them.
// ok: CLK101
export async function DELETE() {
  // ruleid: CLK102
  const { userId } = await auth()
  const pins = await db.pin.findMany({ where: { ownerId: userId ?? 'anon' } })
  await db.pin.deleteMany({ where: { ownerId: userId ?? 'anon' } })
  return Response.json({ removed: pins.length })
}
