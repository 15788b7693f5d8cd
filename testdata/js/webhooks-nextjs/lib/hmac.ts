import { createHmac, timingSafeEqual } from 'node:crypto'

// A hand-rolled svix check: judged by its own rules, not as "no verification".
// ok: CLK301
export function verifySvixSignature(body: string, id: string, ts: string, sig: string, secret: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const mac = createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64')
  return sig.split(' ').some((s) => {
    const v = Buffer.from(s.replace(/^v1,/, ''))
    return v.length === mac.length && timingSafeEqual(v, Buffer.from(mac))
  })
}
