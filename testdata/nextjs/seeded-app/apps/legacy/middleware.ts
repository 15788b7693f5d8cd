import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

// Copied from a v5 tutorial: every API route is public.
const isPublicRoute = createRouteMatcher(['/', '/sign-in(.*)', '/api(.*)'])

export default clerkMiddleware((auth, req) => {
  // ruleid: CLK102
  if (!isPublicRoute(req)) auth().protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)', '/(api|trpc)(.*)'],
}
