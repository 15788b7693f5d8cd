import { clerkMiddleware } from '@clerk/nextjs/server'

// Authenticates every request, protects none.
export default clerkMiddleware()

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:css|js|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
