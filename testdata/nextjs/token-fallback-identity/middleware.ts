import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isConsole = createRouteMatcher(['/console(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (isConsole(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
