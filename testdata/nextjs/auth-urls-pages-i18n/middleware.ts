import { clerkMiddleware } from '@clerk/nextjs/server'

// ok: CLK103
export default clerkMiddleware()

export const config = {
  matcher: [{ source: '/((?!_next|.*\\..*).*)', locale: false }],
}
