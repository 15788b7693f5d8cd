'use client'

export function KeyBanner() {
  // Client code reading a secret is CLK004's finding, not CLK008's too.
  // ruleid: CLK004
  // ok: CLK008
  console.log(process.env.CLERK_SECRET_KEY)
  return null
}
