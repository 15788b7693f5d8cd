import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

const isPublic = createRouteMatcher(['/', '/sign-in(.*)', '/sign-up(.*)'])

// The catch swallows auth.protect()'s throw: signed-out requests go on.
export default clerkMiddleware(async (auth, req) => {
  try {
    if (!isPublic(req)) {
      await auth.protect()
    }
  } catch (err) {
    console.error('middleware failed', err)
  }
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
