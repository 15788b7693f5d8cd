import { stripe } from '@/lib/stripe'

// One product of the catalogue, by the id the pricing page links to.
// ok: CLK101
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return Response.json(await stripe.products.retrieve(id))
}
