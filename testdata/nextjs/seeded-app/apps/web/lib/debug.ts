export function logClerkConfig() {
  // ruleid: CLK008
  console.log('Clerk secret key:', process.env.CLERK_SECRET_KEY)
  // ok: CLK008
  console.log('Clerk secret key set:', Boolean(process.env.CLERK_SECRET_KEY))
}
