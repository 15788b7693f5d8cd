import { NextResponse } from 'next/server'
import { db } from '@/lib/db'
import { payments } from '@/lib/payments'

// The venue's ticket widget runs on the venue's own site: anyone may hold
// seats, and only the payment provider's webhook marks a hold paid.
const crossSite = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
} as const

// ok: CLK101
export function OPTIONS() {
  return new NextResponse(null, { status: 204, headers: crossSite })
}

// ok: CLK101
export async function POST(req: Request, { params }: { params: Promise<{ venueId: string }> }) {
  const { venueId } = await params
  const { seatIds } = await req.json()
  const seats = await db.seat.findMany({ where: { id: { in: seatIds }, venueId } })
  const hold = await db.hold.create({ data: { venueId, paid: false, seats: { connect: seats.map((s) => ({ id: s.id })) } } })
  const checkout = await payments.checkout.sessions.create({
    mode: 'payment',
    line_items: seats.map((s) => ({ quantity: 1, price_data: { currency: 'eur', unit_amount: s.cents.toNumber(), product_data: { name: s.label } } })),
    metadata: { holdId: hold.id },
    success_url: `${process.env.WIDGET_URL}/done`,
  })
  return NextResponse.json({ url: checkout.url }, { headers: { ...crossSite } })
}
