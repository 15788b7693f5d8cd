const webhookSecret = process.env.CLERK_WEBHOOK_SIGNING_SECRET

export function requireKey() {
  const key = process.env.CLERK_SECRET_KEY
  if (!key?.startsWith('sk_')) {
    // ruleid: CLK008
    throw new Error(`invalid Clerk secret key: ${key}`)
  }
  return key
}

export function verifyFailed() {
  // ruleid: CLK008
  return Promise.reject(new TypeError('signature check failed with ' + webhookSecret))
}

export function rejectRaw() {
  // ruleid: CLK008
  return Promise.reject(process.env.CLERK_SECRET_KEY)
}

export function throwRaw() {
  // ruleid: CLK008
  throw `missing scope for ${process.env.CLERK_SECRET_KEY}`
}
