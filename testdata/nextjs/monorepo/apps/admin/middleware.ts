// The admin app protects every API route in its middleware.
// ok: CLK101
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isApi = createRouteMatcher(['/api(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (isApi(req)) await auth.protect()
})

export const config = { matcher: ['/((?!_next|.*\\..*).*)', '/(api|trpc)(.*)'] }
