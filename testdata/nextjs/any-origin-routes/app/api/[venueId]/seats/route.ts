import { NextResponse } from 'next/server'
import { db } from '@/lib/db'

// ok: CLK101
export async function GET(_req: Request, { params }: { params: Promise<{ venueId: string }> }) {
  const { venueId } = await params
  const seats = await db.seat.findMany({ where: { venueId } })
  return NextResponse.json(seats, { headers: { 'Access-Control-Allow-Origin': '*' } })
}
