import { auth } from '@clerk/nextjs/server'
import { redirect } from 'next/navigation'

// A helper that redirects signed-out visitors: calling it protects.
// ok: CLK101, CLK102
export async function requireUser() {
  const { userId } = await auth()
  if (!userId) redirect('/sign-in')
  return userId
}
