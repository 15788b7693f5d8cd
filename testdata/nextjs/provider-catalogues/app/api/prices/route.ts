import { stripe } from '@/lib/stripe'

// Creating a price changes the catalogue.
// ruleid: CLK101
export async function POST(req: Request) {
  const { amount, product } = await req.json()
  return Response.json(await stripe.prices.create({ unit_amount: amount, currency: 'usd', product }))
}
