// The home page, the gallery and the feed are open to everyone; the
// dashboard needs a session.
// ok: CLK101
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isOpen = createRouteMatcher(['/', '/gallery', '/feed', '/sign-in(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (!isOpen(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
