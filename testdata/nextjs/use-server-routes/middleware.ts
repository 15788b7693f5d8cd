// The account API is protected by path; everything else is left to the
// handlers.
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const needsSignIn = createRouteMatcher(['/api/account(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (needsSignIn(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:css|js|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
