import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

// Comments between the entries are no entries.
const isPublicRoute = createRouteMatcher([
  '/', // landing
  '/sign-in(.*)',
  // the feed widget
  '/api/feed(.*)',
])

export default clerkMiddleware(async (auth, req) => {
  if (!isPublicRoute(req)) await auth.protect()
})

export const config = {
  // The jobs are left out on purpose, yet nothing else guards them.
  // ruleid: CLK103
  matcher: [
    // everything but Next internals, static files and the job runner
    '/((?!_next|api/jobs|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)',
    // API routes other than the jobs
    '/(api(?!/jobs)|trpc)(.*)',
  ],
}
