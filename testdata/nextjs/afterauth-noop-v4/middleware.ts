import { authMiddleware } from '@clerk/nextjs'

// An afterAuth that only logs: with it, Clerk v4 redirects no signed-out
// request, so only the handlers' own checks protect anything.
// ok: CLK101, CLK103
export default authMiddleware({
  publicRoutes: ['/', '/sign-in'],
  afterAuth: async (auth, req) => {
    console.info('visit', req.nextUrl.pathname, Boolean(auth.userId))
  },
})

export const config = {
  matcher: ['/((?!.*\\..*|_next).*)', '/'],
}
