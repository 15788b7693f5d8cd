import Stripe from 'stripe'

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

// ok: CLK101, CLK102, CLK301, CLK302, CLK303, CLK304
export async function POST(req: Request) {
  const body = await req.text()
  const signature = req.headers.get('stripe-signature')!
  let event: Stripe.Event
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!)
  } catch {
    return new Response('bad signature', { status: 400 })
  }
  if (event.type === 'checkout.session.completed') {
    console.log('paid', event.data.object.id)
  }
  return new Response('ok')
}
