// ok: CLK101, CLK103
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isApiRoute = createRouteMatcher(['/api/(.*)'])
const isStaffRoute = createRouteMatcher(['/api/staff(.*)'])

// The staff API needs a role; every API route needs a session.
export default clerkMiddleware(async (auth, req) => {
  if (isStaffRoute(req)) await auth.protect({ role: 'org:admin' })
  if (isApiRoute(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)', '/(api|trpc)(.*)'],
}
