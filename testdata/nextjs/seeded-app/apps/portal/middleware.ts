import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

// Everything except these is private, including the webhook receiver.
const isPublicRoute = createRouteMatcher(['/', '/sign-in(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (!isPublicRoute(req)) await auth.protect()
})

export const config = {
  // ruleid: CLK103
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'],
}
