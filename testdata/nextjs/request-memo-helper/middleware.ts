// clerkMiddleware() alone protects nothing: the handlers check the session.
import { clerkMiddleware } from '@clerk/nextjs/server'

// ok: CLK103
export default clerkMiddleware()

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
