import Stripe from "stripe";

// A restricted Stripe key: not Clerk's, still a committed credential.
// ruleid: CLK010
const stripe = new Stripe("rk_live_@fakeR@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@");

// ok: CLK010
const fromEnv = new Stripe(process.env.STRIPE_SECRET_KEY ?? "");

export { stripe, fromEnv };
