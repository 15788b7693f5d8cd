import { NextResponse } from 'next/server'
import { db } from '@/lib/db'

const open = { 'Access-Control-Allow-Origin': '*' }

// Any site lists every guest of the venue.
// ruleid: CLK101
export async function GET(_req: Request, { params }: { params: Promise<{ venueId: string }> }) {
  const { venueId } = await params
  const rows = await db.booking.findMany({ where: { venueId } })
  return NextResponse.json(rows, { headers: open })
}

// Any site cancels a booking.
// ruleid: CLK101
export async function DELETE(req: Request) {
  const { bookingId } = await req.json()
  await db.booking.delete({ where: { id: bookingId } })
  return NextResponse.json({ ok: true }, { headers: open })
}
