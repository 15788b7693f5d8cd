import { NextResponse } from 'next/server'
import { db } from '@/lib/db'

// One allowlisted origin may send its cookies: no evidence of a public API.
// ruleid: CLK101
export async function POST(req: Request) {
  const { seatId } = await req.json()
  await db.quote.create({ data: { seatId } })
  return NextResponse.json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': 'https://tickets.example.org', 'Access-Control-Allow-Credentials': 'true' } })
}
