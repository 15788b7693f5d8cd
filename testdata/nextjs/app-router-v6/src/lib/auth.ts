import { auth } from '@clerk/nextjs/server'

// ok: CLK101
export async function requireUser() {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  return userId
}
