import { clerkMiddleware } from '@clerk/nextjs/server'

// Protects nothing by itself: each route is judged on its URL and on what
// it does.
export default clerkMiddleware()

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:css|js|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
