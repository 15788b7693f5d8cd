module.exports = {
  env: {
    // ok: CLK004
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
  },
  // ok: CLK004
  serverRuntimeConfig: { secretKey: process.env.CLERK_SECRET_KEY },
}
