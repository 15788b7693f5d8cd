import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'

// Only the dashboard is protected; every other route must check auth itself.
const isProtectedRoute = createRouteMatcher(['/dashboard(.*)'])

export default clerkMiddleware(async (auth, req) => {
  if (isProtectedRoute(req)) await auth.protect()
})

export const config = {
  // Clerk's recommended matcher: runs on pages and on every API route.
  // ok: CLK103
  matcher: [
    '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)',
    '/(api|trpc)(.*)',
  ],
}
