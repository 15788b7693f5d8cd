import { stripe } from '@/lib/stripe'

// Invoices are a customer's, whoever names the customer.
// ruleid: CLK101
export async function GET(req: Request) {
  const customer = new URL(req.url).searchParams.get('customer') ?? ''
  return Response.json(await stripe.invoices.list({ customer }))
}
