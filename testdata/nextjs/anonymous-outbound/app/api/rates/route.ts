import { NextResponse } from 'next/server'

// Relays a public rates feed: no credential leaves the server.
// ok: CLK101
export async function GET() {
  const res = await fetch('https://rates.example.org/latest.json', { headers: { Accept: 'application/json' } })
  return NextResponse.json(await res.json())
}
