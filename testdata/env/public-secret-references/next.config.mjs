/** @type {import('next').NextConfig} */
const nextConfig = {
  env: {
    // ruleid: CLK004
    // ok: CLK003
    CLERK_SECRET_KEY: process.env.CLERK_SECRET_KEY,
    // ruleid: CLK004
    // ok: CLK003
    ADMIN_TOKEN: process.env.CLERK_SECRET_KEY,
    // ok: CLK003
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
  },
  // ok: CLK003
  serverRuntimeConfig: { clerkSecret: process.env.CLERK_SECRET_KEY },
};

export default nextConfig;
