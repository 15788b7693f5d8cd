import { clerkMiddleware } from '@clerk/nextjs/server'

// Authenticates every request, protects none.
// ok: CLK101, CLK103
export default clerkMiddleware()

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:css|js|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
