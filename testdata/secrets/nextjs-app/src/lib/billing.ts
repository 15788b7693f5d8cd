import Stripe from "stripe";

// Stripe shares the sk_ prefixes; these are Stripe's shapes and names.
// ok: CLK001
export const stripe = new Stripe("sk_live_@fakeS@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@");
// ok: CLK001
const STRIPE_SECRET_KEY = "sk_test_@fakeS@@@@@@@@@@@@@@@@@@";
// ok: CLK001
const keys = { CLERK_SECRET_KEY: process.env.CLERK_SECRET_KEY, STRIPE_SECRET_KEY: "sk_test_@fakeS@@@@@@@@@@@@@@@@@@" };
// ruleid: CLK001
const keys2 = { STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY, CLERK_SECRET_KEY: "sk_test_@fakeC@@@@@@@@@@@@@@@@@@" };
// ok: CLK006
const stripeWebhookSecret = "whsec_@fakeSW@@@@@@@@@@@@@@@@@@@@@@@@@";
