// The app's own middleware function builds clerkMiddleware per request and
// hands it the request: evaluated like `export default clerkMiddleware(…)`.
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
import type { NextFetchEvent, NextRequest } from 'next/server'
import createIntlMiddleware from 'next-intl/middleware'

const intl = createIntlMiddleware({ locales: ['en', 'de'], defaultLocale: 'en' })
const isProtectedRoute = createRouteMatcher(['/dashboard(.*)', '/api/account(.*)'])

// ok: CLK103
export default async function middleware(req: NextRequest, ev: NextFetchEvent) {
  if (req.nextUrl.pathname.startsWith('/docs')) return intl(req)
  return clerkMiddleware(async (auth, request) => {
    if (isProtectedRoute(request)) await auth.protect()
  })(req, ev)
}

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
