// Everything the entry imports ships to the browser.
// ruleid: CLK004
import { createClerkClient } from '@clerk/backend'

// A public prefix: CLK003 reports the name, CLK004 the read in client code.
// ruleid: CLK003, CLK004
const clerk = createClerkClient({ secretKey: import.meta.env.VITE_CLERK_SECRET_KEY })

export async function listUsers(apiUrl: string, token: string | null) {
  await fetch(`${apiUrl}/users`, { headers: { Authorization: `Bearer ${token}` } })
  return clerk.users.getUserList()
}
