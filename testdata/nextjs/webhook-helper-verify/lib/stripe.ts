import Stripe from 'stripe'

// The app's one Stripe client, or none without a key configured.
// ok: CLK101
export const stripe = process.env.STRIPE_SECRET_KEY ? new Stripe(process.env.STRIPE_SECRET_KEY) : null
