import { NextResponse } from 'next/server'
import { db } from '@/lib/db'

// The caller's own origin echoed back (credentials may come with it).
// ruleid: CLK101
export async function POST(req: Request) {
  const { note } = await req.json()
  await db.note.create({ data: { note } })
  return NextResponse.json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': req.headers.get('origin') ?? '*' } })
}
