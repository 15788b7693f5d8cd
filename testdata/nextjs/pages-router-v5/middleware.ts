// clerkMiddleware() alone protects nothing: it only makes getAuth()/auth() work.
// ok: CLK101
import { clerkMiddleware } from '@clerk/nextjs/server'

export default clerkMiddleware()

export const config = {
  matcher: ['/((?!.*\\..*|_next).*)', '/', '/(api|trpc)(.*)'],
}
