import { createRemoteJWKSet, jwtVerify } from 'jose'

// ruleid: CLK403
const jwks = createRemoteJWKSet(new URL('https://brave-owl-7.clerk.accounts.dev/.well-known/jwks.json'))
// ok: CLK403 (the web app's own development instance)
const devIssuer = 'https://quiet-fox-12.clerk.accounts.dev'
// ok: CLK403 (a production issuer: the app has no production key to compare with)
const prodIssuer = 'https://clerk.acme-shop.com'
// ok: CLK403 (the Backend API's JWKS names no instance)
const backendJwks = 'https://api.clerk.com/v1/jwks'

export async function verify(token: string, clerk: any) {
  // ok: CLK403 (code, not a host)
  const iss = clerk.session.getToken
  return jwtVerify(token, jwks, { issuer: process.env.NODE_ENV === 'production' ? prodIssuer : devIssuer })
}
