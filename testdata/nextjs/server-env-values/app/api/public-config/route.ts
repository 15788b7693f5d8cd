// Values meant for the browser: a NEXT_PUBLIC_ key and the site's own URL.
// ok: CLK101
export async function GET() {
  return Response.json({
    publishableKey: process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY,
    siteUrl: process.env.APP_URL,
    environment: process.env.NODE_ENV,
  })
}
