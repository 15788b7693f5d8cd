import { createClerkClient } from '@clerk/nextjs/server'

export const clerkFromEnv = createClerkClient({
  // ok: CLK001
  secretKey: process.env.CLERK_SECRET_KEY,
  // ok: CLK005
  publishableKey: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
})
