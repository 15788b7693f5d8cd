// ok: CLK101
import { auth } from '@clerk/nextjs/server'

// Throws for a signed-out caller.
export async function requireMember() {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  return userId
}
