import { prisma } from '@/lib/prisma'
import { stripe } from '@/lib/stripe'

// The route verifies the signature itself, on the client a project module
// builds: Stripe's check authenticates the sender.
// ok: CLK101
export async function POST(req: Request) {
  if (!stripe) return new Response('billing is off', { status: 503 })
  const body = await req.text()
  let event
  try {
    event = await stripe.webhooks.constructEventAsync(body, req.headers.get('stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!)
  } catch {
    return new Response('bad signature', { status: 400 })
  }
  if (event.type === 'invoice.paid') {
    await prisma.invoice.update({ where: { stripeId: event.id }, data: { paid: true } })
  }
  return new Response('ok')
}
