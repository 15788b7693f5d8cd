export default {
  providers: [
    {
      // ruleid: CLK403
      domain: 'https://brave-owl-7.clerk.accounts.dev',
      applicationID: 'convex',
    },
    {
      // ok: CLK403 (the publishable key's own instance)
      domain: 'https://quiet-fox-12.clerk.accounts.dev',
      applicationID: 'convex',
    },
    {
      // ok: CLK403 (read from the deployment's environment)
      domain: process.env.CLERK_JWT_ISSUER_DOMAIN,
      applicationID: 'convex',
    },
  ],
}
