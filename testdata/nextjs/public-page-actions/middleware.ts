// A trip's page is open to everyone (one segment after /trips/, so the
// pattern names the trip pages, not a tree); the planner needs a session.
// ok: CLK101
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isPublic = createRouteMatcher(['/', '/trips/:id', '/sign-in(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (!isPublic(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
