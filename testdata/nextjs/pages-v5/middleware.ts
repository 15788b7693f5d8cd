import { clerkMiddleware } from '@clerk/nextjs/server'

// ok: CLK101, CLK103
export default clerkMiddleware()

export const config = {
  matcher: ['/((?!.*\\..*|_next).*)', '/', '/(api|trpc)(.*)'],
}
