import { clerkMiddleware } from '@clerk/nextjs/server'

// ok: CLK103, CLK402
export default clerkMiddleware({ signInUrl: '/sign-in' })

export const config = { matcher: ['/(api|trpc)(.*)'] }
