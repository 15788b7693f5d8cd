// ok: CLK101
import { auth, clerkClient } from '@clerk/nextjs/server'

// The signed-in user's own plan, from their public metadata.
export async function myPlan(): Promise<string> {
  const { userId } = await auth()
  if (!userId) throw new Error('signed out')
  const client = await clerkClient()
  const user = await client.users.getUser(userId)
  return String(user.publicMetadata.plan ?? 'free')
}

// Any user's plan, by the id it is given.
export async function planOf(id: string): Promise<string> {
  const client = await clerkClient()
  const user = await client.users.getUser(id)
  return String(user.publicMetadata.plan ?? 'free')
}
