import { clerkMiddleware } from '@clerk/nextjs/server'

// Both files: Next 16 fails the build.
// ruleid: CLK103
export default clerkMiddleware()
