import { clerkMiddleware } from '@clerk/nextjs/server'

export default clerkMiddleware()

// Next.js prepends the basePath itself: these only match /portal/portal/….
export const config = {
  // ruleid: CLK103
  matcher: ['/portal/((?!_next|.*\\..*).*)', '/portal/(api|trpc)(.*)'],
}
