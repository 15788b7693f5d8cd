// clerkMiddleware() with no auth.protect(): every page below stands on its
// own checks.
// ok: CLK101
import { clerkMiddleware } from '@clerk/nextjs/server'

export default clerkMiddleware()

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|png|svg|ico|woff2?)).*)', '/(api|trpc)(.*)'],
}
