import { stripe } from '@/lib/stripe'

// The pricing page's tiers: the active prices with their products.
// ok: CLK101
export async function GET() {
  const prices = await stripe.prices.list({ active: true, expand: ['data.product'] })
  return Response.json(prices.data.map((p) => ({ id: p.id, amount: p.unit_amount })))
}
