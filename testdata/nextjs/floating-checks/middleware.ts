// ok: CLK101
// Signs requests in but protects no route: each endpoint checks for itself.
import { clerkMiddleware } from '@clerk/nextjs/server'

export default clerkMiddleware()

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
