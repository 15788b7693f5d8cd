import { clerkMiddleware } from '@clerk/nextjs/server'

// ok: CLK101, CLK103, CLK501
export default clerkMiddleware(async (auth) => {
  await auth.protect()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
