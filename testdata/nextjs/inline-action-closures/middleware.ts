// Only the account area is protected here; the other pages check for
// themselves, or do not.
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isAccount = createRouteMatcher(['/account(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (isAccount(req)) await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
