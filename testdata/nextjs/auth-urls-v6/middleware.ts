import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

const isProtectedRoute = createRouteMatcher(['/dashboard(.*)'])
const isAdminRoute = createRouteMatcher(['/admin(.*)'])

export default clerkMiddleware(
  async (auth, req) => {
    if (isProtectedRoute(req)) await auth.protect()
    if (isAdminRoute(req)) {
      await auth.protect(
        { role: 'org:admin' },
        {
          // ok: CLK402
          unauthenticatedUrl: '/sign-in',
          // ruleid: CLK402
          unauthorizedUrl: '/denied',
        },
      )
    }
    // Old links: /start has no page, the middleware sends it on.
    if (req.nextUrl.pathname === '/start') return NextResponse.redirect(new URL('/dashboard', req.url))
  },
  {
    // ok: CLK402
    signInUrl: '/sign-in',
    // ruleid: CLK402
    signUpUrl: '/register',
  },
)

export const config = {
  matcher: [
    '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)',
    '/(api|trpc)(.*)',
  ],
}
