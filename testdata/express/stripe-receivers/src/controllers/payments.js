import { stripe } from '../lib/stripe.js'
import { Purchase } from '../models.js'

// Stripe's signature check on the raw body authenticates the sender,
// whatever path the route is mounted at.
// ok: CLK101
export async function stripeEvents(req, res) {
  let event
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET)
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`)
  }
  if (event.type === 'checkout.session.completed') {
    await Purchase.updateOne({ sessionId: event.data.object.id }, { status: 'paid' })
  }
  res.json({ received: true })
}

// The same update trusting the event the body claims, with no signature
// check: anyone can mark a purchase paid.
// ok: CLK101
export async function paymentEvents(req, res) {
  const event = req.body
  if (event.type === 'checkout.session.completed') {
    await Purchase.updateOne({ sessionId: event.data.object.id }, { status: 'paid' })
  }
  res.json({ received: true })
}
