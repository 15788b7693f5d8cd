// An arrow that builds clerkMiddleware and hands it the request.
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
import type { NextFetchEvent, NextRequest } from 'next/server'

const isAdminRoute = createRouteMatcher(['/admin(.*)'])

// ok: CLK103
export default (req: NextRequest, ev: NextFetchEvent) =>
  clerkMiddleware(async (auth, request) => {
    if (isAdminRoute(request)) await auth.protect()
  })(req, ev)

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
