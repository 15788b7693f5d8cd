import { NextResponse } from 'next/server'

// Constant JSON: nothing a session would guard.
// ok: CLK101
export async function GET() {
  return NextResponse.json({ features: ['export', 'share'], maxUpload: 10 * 1024 * 1024 })
}
