// Everything needs a session but the form receiver and the item pages.
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isPublic = createRouteMatcher(['/f/(.*)', '/api/items/(.*)', '/hooks(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (!isPublic(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:css|js|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
