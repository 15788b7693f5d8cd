import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

// req.nextUrl.pathname has no basePath: these never match.
const isProtectedRoute = createRouteMatcher(['/portal/dashboard(.*)', '/portal/api/(.*)'])

// ok: CLK103
export default clerkMiddleware(async (auth, req) => {
  if (isProtectedRoute(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
