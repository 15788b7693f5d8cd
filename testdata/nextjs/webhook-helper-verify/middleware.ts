import { clerkMiddleware } from '@clerk/nextjs/server'

// Public by default: each receiver below answers for itself.
// ok: CLK101, CLK103
export default clerkMiddleware()

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
