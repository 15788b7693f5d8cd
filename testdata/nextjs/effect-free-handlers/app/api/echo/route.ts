import { NextRequest, NextResponse } from 'next/server'

// Reads only the request itself: nothing a session would guard.
// ok: CLK101
export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get('q') ?? ''
  const lang = req.headers.get('accept-language')
  return NextResponse.json({ q, lang })
}
