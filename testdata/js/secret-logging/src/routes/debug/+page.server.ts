import { CLERK_SECRET_KEY } from '$env/static/private'

// ruleid: CLK008
console.info('static key', CLERK_SECRET_KEY)

// The unprotected page data hands the key to the browser.
// ruleid: CLK101
export async function load() {
  const secretKey = process.env.CLERK_SECRET_KEY
  // ruleid: CLK008
  return { secretKey, fromStatic: CLERK_SECRET_KEY }
}
