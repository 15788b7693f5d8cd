export function requireKey() {
  const key = process.env.CLERK_SECRET_KEY
  if (!key?.startsWith('sk_')) {
    // ok: CLK008
    throw new Error(`invalid Clerk secret key (prefix ${key?.slice(0, 8)}, length ${key?.length ?? 0})`)
  }
  if (!process.env.CLERK_WEBHOOK_SIGNING_SECRET) {
    // ok: CLK008
    throw new Error('CLERK_WEBHOOK_SIGNING_SECRET is not set')
  }
  return key
}
