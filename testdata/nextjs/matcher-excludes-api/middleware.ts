// ok: CLK101
import { clerkMiddleware } from '@clerk/nextjs/server'

export default clerkMiddleware(async (auth) => {
  await auth.protect()
})

export const config = {
  // Next's generic example: excludes /api, so nothing under /api is protected.
  // ruleid: CLK103
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'],
}
