// Guests open their ticket links without an account: the ticket API is
// public and each route checks the ticket token the app signed.
// ok: CLK101
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isTicketApi = createRouteMatcher(['/api/tickets(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (!isTicketApi(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
