import { NextRequest, NextResponse } from 'next/server'

// The same exchange at a path that is no sign-in or callback path: it is
// judged as any route.
// ruleid: CLK101
export async function GET(req: NextRequest) {
  const code = req.nextUrl.searchParams.get('code')
  const res = await fetch('https://api.dropboxapi.com/oauth2/token', {
    method: 'POST',
    body: new URLSearchParams({ code: code ?? '', client_secret: process.env.DROPBOX_CLIENT_SECRET! }),
  })
  return NextResponse.json(await res.json())
}
