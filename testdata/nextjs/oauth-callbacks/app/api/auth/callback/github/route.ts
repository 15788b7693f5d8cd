import { NextRequest, NextResponse } from 'next/server'

// The provider sends the browser back with a code it issued; the route
// trades it for a token with the app's client secret and redirects.
// ok: CLK101
export async function GET(req: NextRequest) {
  const code = req.nextUrl.searchParams.get('code')
  if (!code) return NextResponse.redirect(new URL('/integrations?error=missing', req.url))
  const res = await fetch('https://github.com/login/oauth/access_token', {
    method: 'POST',
    headers: { accept: 'application/json' },
    body: new URLSearchParams({ code, client_id: process.env.GH_CLIENT_ID!, client_secret: process.env.GH_CLIENT_SECRET! }),
  })
  const { access_token } = await res.json()
  return NextResponse.redirect(new URL(`/integrations?token=${access_token}`, req.url))
}
