// Signed-out requests to the open paths are handed on with next(): that
// branch tests for a missing session but lets the request through.
import { clerkMiddleware } from '@clerk/nextjs/server'
import { NextResponse } from 'next/server'

const openPaths = ['/about', '/api/open/']

// ok: CLK103
export default clerkMiddleware(async (auth, req) => {
  const { userId } = await auth()
  const pathname = new URL(req.url).pathname
  if (!userId && openPaths.some((p) => pathname.startsWith(p))) {
    return NextResponse.next()
  }
  if (!userId) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  }
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'],
}
