import { clerkMiddleware } from '@clerk/nextjs/server'

// Next 15 does not read proxy.ts.
// ruleid: CLK103
export default clerkMiddleware()
