import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
import { unstable_rethrow } from 'next/navigation'
import { NextResponse } from 'next/server'

const isPublicRoute = createRouteMatcher(['/', '/sign-in(.*)'])

// ok: CLK103
export default clerkMiddleware(async (auth, req) => {
  try {
    if (!isPublicRoute(req)) await auth.protect()
  } catch (e) {
    // Next's own rethrow passes every redirect and not-found error on.
    unstable_rethrow(e)
    console.error(e)
    return NextResponse.next()
  }
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
