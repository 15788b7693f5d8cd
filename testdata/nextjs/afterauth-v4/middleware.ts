import { authMiddleware } from '@clerk/nextjs'
import { NextResponse } from 'next/server'

// With afterAuth, Clerk v4 protects nothing itself: this one answers 401
// to signed-out requests on the apiRoutes only; what it lets through is
// left unjudged (the app's own routing).
// ok: CLK101, CLK103
export default authMiddleware({
  publicRoutes: ['/(.*)'],
  apiRoutes: ['/api/boards(.*)'],
  afterAuth(auth, req) {
    if (!auth.userId && auth.isApiRoute) {
      return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
    }
    return NextResponse.next()
  },
})

export const config = {
  matcher: ['/((?!.+\\.[\\w]+$|_next).*)', '/', '/(api|trpc)(.*)'],
}
