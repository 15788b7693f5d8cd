import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isPublic = createRouteMatcher(['/', '/sign-in(.*)', '/sign-up(.*)'])

// The catch logs and throws again, so auth.protect()'s throw still ends
// every request but the public ones.
export default clerkMiddleware(async (auth, req) => {
  try {
    if (!isPublic(req)) {
      await auth.protect()
    }
  } catch (err) {
    console.error('middleware failed', err)
    throw err
  }
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
