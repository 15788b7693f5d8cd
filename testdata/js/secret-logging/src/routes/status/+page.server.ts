import { error } from '@sveltejs/kit'

export async function load() {
  const secretKey = process.env.CLERK_SECRET_KEY
  if (!secretKey) {
    // ok: CLK008
    error(500, 'CLERK_SECRET_KEY is not set')
  }
  // ok: CLK008
  return { clerkConfigured: Boolean(secretKey), live: secretKey.startsWith('sk_live_') }
}
