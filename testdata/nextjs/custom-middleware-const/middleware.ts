// clerkMiddleware bound to a const and called from the app's own function,
// after an i18n short-cut.
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
import type { NextFetchEvent, NextRequest } from 'next/server'
import createIntlMiddleware from 'next-intl/middleware'

const intlMiddleware = createIntlMiddleware({ locales: ['en', 'fr'], defaultLocale: 'en' })
const isPublicRoute = createRouteMatcher(['/', '/sign-in(.*)', '/api/releases(.*)'])

const mw = clerkMiddleware(async (auth, req) => {
  if (!isPublicRoute(req)) await auth.protect()
})

// ok: CLK103
export default function middleware(req: NextRequest, ev: NextFetchEvent) {
  if (!req.nextUrl.pathname.startsWith('/api')) return intlMiddleware(req)
  return mw(req, ev)
}

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
