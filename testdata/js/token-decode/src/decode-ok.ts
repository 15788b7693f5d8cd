import { jwtDecode } from 'jwt-decode'
import jwt from 'jsonwebtoken'
import { decodeJwt, jwtVerify, createRemoteJWKSet } from 'jose'
import { verifyToken } from '@clerk/backend'
import { db } from './db'

const JWKS = createRemoteJWKSet(new URL('https://clerk.example.com/.well-known/jwks.json'))

// Decoding to schedule a refresh: exp is not identity.
export function expiresSoon(token: string) {
  // ok: CLK104
  const { exp } = jwtDecode(token)
  return (exp ?? 0) * 1000 - Date.now() < 60_000
}

// Decoding the header to pick the key before verifying.
export function keyId(token: string) {
  // ok: CLK104
  return jwtDecode(token, { header: true }).kid
}

// Logging the issuer only.
export function logIssuer(token: string) {
  // ok: CLK104
  const claims = decodeJwt(token)
  console.log('token from', claims.iss)
}

// Verified first with @clerk/backend, then decoded.
export async function verifiedThenDecoded(token: string) {
  await verifyToken(token, { secretKey: process.env.CLERK_SECRET_KEY })
  // ok: CLK104
  const claims = jwtDecode(token)
  return db.users.find(claims.sub)
}

// Verified first with jose.
export async function joseVerified(token: string) {
  const { payload } = await jwtVerify(token, JWKS)
  // ok: CLK104
  const decoded = decodeJwt(token)
  return db.orders.findMany({ where: { userId: payload.sub ?? decoded.sub } })
}

// jwt.verify is verification, not decoding.
export function verified(token: string, key: string) {
  // ok: CLK104
  const { sub } = jwt.verify(token, key) as { sub: string }
  return db.users.find(sub)
}

// jwt.verify earlier in the function.
export function verifiedWithJsonwebtoken(token: string, key: string) {
  jwt.verify(token, key)
  // ok: CLK104
  const claims = jwt.decode(token) as { sub: string }
  return db.users.find(claims.sub)
}

// A local function that happens to be called decode.
export function local(token: string) {
  const decode = (t: string) => JSON.parse(t) as { sub: string }
  // ok: CLK104
  return decode(token).sub
}
