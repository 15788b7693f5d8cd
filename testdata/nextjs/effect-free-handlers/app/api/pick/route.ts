import { NextResponse } from 'next/server'

// Picks from the list the caller sent: find() is the array's.
// ok: CLK101
export async function POST(req: Request) {
  const { results } = await req.json()
  const best = results.find((r: { score: number }) => r.score > 0.9)
  return NextResponse.json({ best: best ?? null })
}
