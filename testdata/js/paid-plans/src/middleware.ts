import { clerkMiddleware } from '@clerk/nextjs/server'

// ruleid: CLK801
export default clerkMiddleware({ isSatellite: true, domain: 'app.example.com' })

export const config = { matcher: ['/((?!_next|.*\\..*).*)', '/(api|trpc)(.*)'] }
