import Stripe from 'stripe'

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '')

// A failed check throws out of the helper, so its caller stops.
export function readStripeEvent(payload: string, signature: string | null) {
  if (!signature) throw new Error('missing stripe-signature')
  try {
    return stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET ?? '')
  } catch (err) {
    console.error('stripe signature rejected', err)
    throw err
  }
}

// Swallows the failure and hands back the unverified body.
export function parseStripeEvent(payload: string, signature: string | null) {
  try {
    return stripe.webhooks.constructEvent(payload, signature ?? '', process.env.STRIPE_WEBHOOK_SECRET ?? '')
  } catch {
    return JSON.parse(payload) as Stripe.Event
  }
}

// Logs the failure and carries on.
export function checkStripeSignature(payload: string, signature: string | null) {
  try {
    stripe.webhooks.constructEvent(payload, signature ?? '', process.env.STRIPE_WEBHOOK_SECRET ?? '')
  } catch (err) {
    console.warn('unsigned delivery', err)
  }
}
