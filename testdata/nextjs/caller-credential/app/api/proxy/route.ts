import { NextResponse } from 'next/server'

// Forwards the caller's own Authorization header to the upstream API,
// which verifies it: the route adds no authority of the app's.
// ok: CLK101
export async function GET(req: Request) {
  const auth = req.headers.get('authorization') ?? ''
  const res = await fetch(`${process.env.UPSTREAM_URL}/v1/me/boards`, {
    headers: { Authorization: auth, Accept: 'application/json' },
  })
  return NextResponse.json(await res.json(), { status: res.status })
}

// Swaps the caller's header for the app's service token.
// ruleid: CLK101
export async function POST(req: Request) {
  const body = await req.json()
  const res = await fetch(`${process.env.UPSTREAM_URL}/v1/boards`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.UPSTREAM_SERVICE_TOKEN}` },
    body: JSON.stringify(body),
  })
  return NextResponse.json(await res.json(), { status: res.status })
}
