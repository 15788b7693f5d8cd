import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'
import { routeAccessMap } from './lib/settings'

// One matcher per section, built from the role map; a request whose role
// the section does not allow (a signed-out one has none) is sent away.
const matchers = Object.keys(routeAccessMap).map((route) => {
  return {
    matcher: createRouteMatcher([route]),
    allowedRoles: routeAccessMap[route],
  }
})

// ok: CLK101, CLK103
export default clerkMiddleware(async (auth, req) => {
  const { sessionClaims } = await auth()
  const role = (sessionClaims?.metadata as { role?: string })?.role

  for (const { matcher, allowedRoles } of matchers) {
    if (matcher(req) && !allowedRoles.includes(role!)) {
      return NextResponse.redirect(new URL('/', req.url))
    }
  }
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|png|svg|ico|woff2?)).*)', '/(api|trpc)(.*)'],
}
