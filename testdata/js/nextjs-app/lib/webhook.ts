// Reached through `export * from './webhook'` in lib/admin.ts.
const {
  // ruleid: CLK004
  CLERK_WEBHOOK_SIGNING_SECRET: signingSecret,
  // ok: CLK004
  NODE_ENV,
} = process.env
// ruleid: CLK004
export const legacySecret = process.env['WEBHOOK_SECRET']
// ok: CLK004
export const stripeSecret = process.env.STRIPE_WEBHOOK_SECRET
export { signingSecret, NODE_ENV }
