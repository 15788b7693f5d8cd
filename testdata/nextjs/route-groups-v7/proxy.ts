import { clerkMiddleware } from '@clerk/nextjs/server'

// ok: CLK101, CLK103
export const proxy = clerkMiddleware(async (auth, req) => {
  if (req.nextUrl.pathname.startsWith('/dashboard')) {
    await auth.protect()
  }
})

export const config = {
  matcher: ['/((?!.+\\.[\\w]+$|_next).*)', '/', '/(api|trpc)(.*)'],
}
