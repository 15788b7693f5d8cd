// Which integrations are configured, as booleans and a masked suffix: no
// secret leaves the server.
// ok: CLK101
export async function GET() {
  const stripe = process.env.STRIPE_SECRET_KEY
  return Response.json({
    openai: !!process.env.OPENAI_API_KEY,
    stripe: Boolean(stripe),
    stripeMode: stripe?.startsWith('sk_live') ? 'live' : 'test',
    resendKeyLength: process.env.RESEND_API_KEY?.length ?? 0,
  })
}
