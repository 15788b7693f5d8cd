// ok: CLK101, CLK103, CLK203
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isApi = createRouteMatcher(['/api/(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (isApi(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
