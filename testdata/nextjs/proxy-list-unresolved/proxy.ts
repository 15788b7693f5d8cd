import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
import { publicPaths } from '@acme/route-config'

// The list comes from a package outside the project and a filter the
// analysis cannot evaluate: which URLs it opens is unknown, so nothing
// below is judged protected or public.
const flags: Record<string, boolean> = JSON.parse(process.env.ROUTE_FLAGS ?? '{}')
const isPublicRoute = createRouteMatcher([...publicPaths, ...['/api/orders'].filter((p) => flags[p])])

// ok: CLK103
export default clerkMiddleware(async (auth, req) => {
  if (!isPublicRoute(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
