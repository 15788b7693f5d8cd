import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
import createMiddleware from 'next-intl/middleware'
import { NextResponse } from 'next/server'
import { openRoutes, routeGroups } from '@/config/routes'
import { routing } from './i18n/routing'

const locales = `/(${routing.locales.join('|')})`

// Pages are served under a locale prefix; API routes are not.
const isOpenRoute = createRouteMatcher([
  locales,
  ...openRoutes.filter((r) => r !== '/' && !r.startsWith('/api/')).map((r) => `${locales}${r}`),
  ...openRoutes.filter((r) => r.startsWith('/api/')),
  ...routeGroups.inbound,
])

const intl = createMiddleware(routing)

function withoutLocale(pathname: string) {
  const rest = pathname.replace(/^\/(de|nl|pl)(?=\/|$)/, '') || '/'
  return rest
}

// Pages and probes anyone may open, tested on the path without its locale.
function isStatusPage(pathname: string) {
  const pages = [/^\/api\/beacon$/, /^\/help(\/.*)?$/]
  return pages.some((re) => re.test(pathname))
}

// ok: CLK101, CLK103
export default clerkMiddleware(async (auth, req) => {
  try {
    const { pathname } = req.nextUrl
    const { userId } = await auth()
    const bare = withoutLocale(pathname)
    if (!userId && bare === '/courses') return NextResponse.redirect(new URL('/login', req.url))
    if (pathname.startsWith('/api')) {
      const isOpen = isOpenRoute(req) || isStatusPage(bare)
      const mustSignIn = !isOpen
      if (mustSignIn) {
        await auth.protect()
      }
      return NextResponse.next()
    }
    const open = isOpenRoute(req)
    if (!open) await auth.protect()
    return intl(req)
  } catch (err) {
    // auth.protect() throws Next's redirect (pages) or not-found (API)
    // error: both must reach Next.
    if (err instanceof Error && err.message === 'NEXT_REDIRECT') throw err
    if (err instanceof Error && err.message.startsWith('NEXT_HTTP_ERROR_FALLBACK')) {
      throw err
    }
    console.error('proxy failed', err)
    return NextResponse.next()
  }
})

export const config = {
  matcher: ['/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ico)).*)', '/(api|trpc)(.*)'],
}
