// ok: CLK101
import { clerkMiddleware } from '@clerk/nextjs/server'

// Reads the session everywhere, requires it nowhere: the board demo is
// open to visitors.
export default clerkMiddleware()

export const config = { matcher: ['/((?!_next|[^?]*\\.(?:css|js|png|svg|ico)).*)', '/(api|trpc)(.*)'] }
