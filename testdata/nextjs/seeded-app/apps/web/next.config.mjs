/** @type {import('next').NextConfig} */
const nextConfig = {
  env: {
    // ruleid: CLK004
    CLERK_SECRET_KEY: process.env.CLERK_SECRET_KEY,
  },
}

export default nextConfig
