// Next.js only reads src/middleware.ts here: this file never runs.
import { clerkMiddleware } from '@clerk/nextjs/server'

// ruleid: CLK103
export default clerkMiddleware()
