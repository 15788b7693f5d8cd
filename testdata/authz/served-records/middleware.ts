// Venues are open to everyone; everything else needs a session.
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isOpen = createRouteMatcher(['/', '/api/venues/(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (!isOpen(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
