import { db } from '@/lib/db'

// Signs a visitor in with Google: the account written is the one the
// provider vouches for, not one the caller names.
// ok: CLK101
export async function GET(request: Request) {
  const { searchParams } = new URL(request.url)
  if (searchParams.get('error')) return Response.redirect(new URL('/sign-in', request.url))
  const code = searchParams.get('code') ?? ''
  const tokens = await fetch('https://oauth2.googleapis.com/token', {
    method: 'POST',
    body: JSON.stringify({ code, grant_type: 'authorization_code', client_secret: process.env.GOOGLE_CLIENT_SECRET }),
  }).then((r) => r.json())
  const profile = JSON.parse(Buffer.from(tokens.id_token.split('.')[1], 'base64').toString())
  await db.member.upsert({ where: { email: profile.email }, create: { email: profile.email }, update: {} })
  return Response.redirect(new URL('/', request.url))
}
