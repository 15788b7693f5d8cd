// Profiles and people search are open to everyone; the studio needs a session.
// ok: CLK101
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isStudio = createRouteMatcher(['/studio(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (isStudio(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
