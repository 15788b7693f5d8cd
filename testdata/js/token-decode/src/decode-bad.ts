import { jwtDecode } from 'jwt-decode'
import jwt from 'jsonwebtoken'
import { decodeJwt, jwtVerify } from 'jose'
import { db } from './db'

export async function getOrders(req: Request) {
  const token = req.headers.get('authorization')!.slice(7)
  // ruleid: CLK104
  const claims = jwtDecode(token)
  return db.orders.findMany({ where: { userId: claims.sub } })
}

export function requireAdmin(token: string) {
  // ruleid: CLK104
  const { sub, org_role } = jwt.decode(token) as { sub: string; org_role: string }
  if (org_role !== 'admin') throw new Error('forbidden')
  return sub
}

export const loadUser = async (token: string) => {
  // ruleid: CLK104
  const userId = decodeJwt(token).sub
  return db.users.find(userId)
}

export function fromComplete(token: string) {
  // ruleid: CLK104
  const decoded = jwt.decode(token, { complete: true })
  return decoded?.payload.sub
}

export async function verifiesTooLate(token: string, key: Uint8Array) {
  // ruleid: CLK104
  const payload = jwtDecode<{ sub: string }>(token)
  const orders = db.orders.findMany({ where: { userId: payload['sub'] } })
  await jwtVerify(token, key)
  return orders
}

export function laterDestructure(token: string) {
  let claims
  // ruleid: CLK104
  claims = jwt.decode(token)
  const { userId } = claims as { userId: string }
  return db.users.find(userId)
}
