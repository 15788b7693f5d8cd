// A denylist of the middleware's own: signed-out requests to the listed
// paths go to sign-in, signed-in ones to the auth pages go home. Every
// other URL is let through without a session.
import { clerkMiddleware } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

const authPages = ['/sign-in', '/sign-up']
const accountPaths = ['/account', '/api/account']

// ok: CLK103
export default clerkMiddleware(async (auth, req) => {
  const session = await auth()
  const path = req.nextUrl.pathname

  // Signed-in users are sent away from the auth pages: this protects nothing.
  if (session.userId && authPages.includes(path)) {
    return NextResponse.redirect(new URL('/', req.url))
  }

  if (!session.userId && accountPaths.some((p) => path.startsWith(p))) {
    return NextResponse.redirect(new URL('/sign-in', req.url))
  }

  if (path === '/api/billing' || (path.startsWith('/api/billing/') && !session.userId)) {
    return new NextResponse('Unauthorized', { status: 401 })
  }

  return NextResponse.next()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
