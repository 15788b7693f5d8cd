'use server'
// Server actions are called by reference from client code; their body stays on the server.
// ok: CLK004
import { clerkClient } from '@clerk/nextjs/server'

export async function deleteUser(id: string) {
  // ok: CLK004
  const key = process.env.CLERK_SECRET_KEY
  if (!key) throw new Error('not configured')
  const client = await clerkClient()
  await client.users.deleteUser(id)
}
