// Recipes, their authors' names and the home page are open to everyone;
// the rest needs a session.
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isOpen = createRouteMatcher(['/', '/api/recipes/(.*)', '/api/collections', '/api/shared/(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (!isOpen(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
