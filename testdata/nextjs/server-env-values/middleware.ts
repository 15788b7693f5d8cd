// clerkMiddleware() with no callback protects nothing: each handler is judged
// on what it does, and handing out a server secret is something.
import { clerkMiddleware } from '@clerk/nextjs/server'

export default clerkMiddleware()

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
