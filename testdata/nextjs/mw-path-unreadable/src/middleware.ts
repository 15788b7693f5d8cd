// Path tests the analysis cannot read: a helper of the app's own and a
// regex match(). Whether /api/notes needs a session is unknown, so the
// rules stay quiet rather than guess.
import { clerkMiddleware } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'
import { isPrivatePath } from '@/lib/paths'

// ok: CLK103
export default clerkMiddleware(async (auth, req) => {
  const { userId } = await auth()
  const { pathname } = req.nextUrl
  if (!userId && pathname.match(/^\/(dashboard|settings)/)) {
    return NextResponse.redirect(new URL('/sign-in', req.url))
  }
  if (!userId && isPrivatePath(pathname)) {
    return NextResponse.redirect(new URL('/sign-in', req.url))
  }
  return NextResponse.next()
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
