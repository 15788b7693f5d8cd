/** @type {import('next').NextConfig} */
const nextConfig = {
  env: {
    // ruleid: CLK004
    // ok: CLK003
    CLERK_SECRET_KEY: process.env.CLERK_SECRET_KEY,
    // ok: CLK004
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
    // ok: CLK004
    APP_NAME: 'demo',
  },
  // ok: CLK004
  serverRuntimeConfig: { clerkSecret: process.env.CLERK_SECRET_KEY },
  publicRuntimeConfig: {
    // ruleid: CLK004
    webhookSecret: process.env.CLERK_WEBHOOK_SECRET,
  },
}

export default nextConfig
