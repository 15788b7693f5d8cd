// An allowlist of the middleware's own: listed paths return next() before
// the sign-in check; every other URL needs a session.
import { clerkMiddleware } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

const PUBLIC_PATHS = new Set(['/', '/sign-in', '/api/contact'])

// ok: CLK103
export default clerkMiddleware(async (auth, request) => {
  const { pathname } = request.nextUrl
  if (PUBLIC_PATHS.has(pathname) || pathname.startsWith('/api/public/')) {
    return NextResponse.next()
  }
  const { userId, redirectToSignIn } = await auth()
  if (!userId) {
    return redirectToSignIn({ returnBackUrl: request.url })
  }
  return NextResponse.next()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
