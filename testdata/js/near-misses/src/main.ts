// A Vite SPA that only reads public values and talks to its backend with a session token.
import { Clerk } from '@clerk/clerk-js'
// ok: CLK004
import type { User } from '@clerk/backend'

// ok: CLK004
const clerk = new Clerk(import.meta.env.VITE_CLERK_PUBLISHABLE_KEY)
// Docs and comments naming process.env.CLERK_SECRET_KEY are not reads.
// ok: CLK004
const note = 'set process.env.CLERK_SECRET_KEY on the server'
export async function me(): Promise<User> {
  const token = await clerk.session?.getToken()
  return (await fetch('/api/me', { headers: { Authorization: `Bearer ${token}` } })).json()
}
export { note }
