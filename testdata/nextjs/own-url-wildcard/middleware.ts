import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

// '(.*)' after a route's own URL, as Clerk's examples write public entries.
const isPublicRoute = createRouteMatcher(['/', '/api/invite(.*)', '/api/catalog(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (!isPublicRoute(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
