const Stripe = require("stripe");

// Without a Clerk SDK in the project only Clerk's 42-character shape counts.
// ok: CLK001
const stripe = Stripe("sk_test_@fakeS@@@@@@@@@@@@@@@@@@");
// ok: CLK001
const live = Stripe("sk_live_@fakeS@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@");
// ok: CLK001
const apiKey = "sk_live_@fakeF@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@";
// ok: CLK006
const endpointSecret = "whsec_@fakeSW@@@@@@@@@@@@@@@@@@@@@@@@@";
// ok: CLK005
const publishable = "pk_test_TYooMQauvdEDq54NiTphI7jx";

// A 42-character body is Clerk's shape even without a Clerk dependency.
// ruleid: CLK001
const leftover = "sk_test_@fake7@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@";

// The same shape assigned to a Stripe name is Stripe's.
// ok: CLK001
const STRIPE_RESTRICTED = "sk_live_@fakeR2@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@";
