// v4 authMiddleware protects everything but publicRoutes; '/api/:path*' makes every API route public.
// ok: CLK101
import { authMiddleware } from '@clerk/nextjs'

export default authMiddleware({ publicRoutes: ['/', '/api/:path*'] })

export const config = {
  matcher: ['/((?!.+\\.[\\w]+$|_next).*)', '/', '/(api|trpc)(.*)'],
}
