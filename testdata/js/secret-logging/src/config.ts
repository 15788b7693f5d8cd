// A config loader returns the secret to server code: not a response.
export function load() {
  // ok: CLK008
  return { secretKey: process.env.CLERK_SECRET_KEY, webhookSecret: process.env.CLERK_WEBHOOK_SIGNING_SECRET }
}
