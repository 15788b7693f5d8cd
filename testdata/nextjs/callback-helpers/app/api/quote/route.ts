import { withTimeout } from '@/lib/timeout'

function price(qty: number) {
  return Math.round(qty * 4.99 * 100) / 100
}

// The task handed to withTimeout only computes a price.
// ok: CLK101
export async function POST(req: Request) {
  const { qty } = await req.json()
  const total = await withTimeout(async () => price(qty), 2000)
  return Response.json({ total })
}
