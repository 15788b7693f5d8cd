'use server'

import Razorpay from 'razorpay'

const razorpay = new Razorpay({
  key_id: process.env.NEXT_PUBLIC_RAZORPAY_KEY_ID!,
  key_secret: process.env.RAZORPAY_KEY_SECRET!,
})

// A plan of the catalogue: its name, period and amount.
// ok: CLK101
export async function planDetails(id: string) {
  return await razorpay.plans.fetch(id)
}

// A subscription is a customer's.
// ruleid: CLK101
export async function subscriptionDetails(id: string) {
  return await razorpay.subscriptions.fetch(id)
}
