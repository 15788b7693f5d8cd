import Stripe from 'stripe'

// ok: CLK101
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY)
