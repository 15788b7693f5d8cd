import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

const isPublicRoute = createRouteMatcher(['/', '/sign-in(.*)'])

// ok: CLK103
export default clerkMiddleware(async (auth, req) => {
  try {
    if (!isPublicRoute(req)) await auth.protect()
  } catch (e) {
    // Only the page redirect goes on to Next: the not-found error
    // auth.protect() throws for a signed-out API request lands in the
    // fallback below, which lets the request through.
    if (e instanceof Error && e.message === 'NEXT_REDIRECT') throw e
    console.error(e)
    return NextResponse.next()
  }
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
