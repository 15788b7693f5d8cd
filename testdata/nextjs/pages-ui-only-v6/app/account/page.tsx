// ruleid: CLK103
import { currentUser } from '@clerk/nextjs/server'

// No clerkMiddleware runs: currentUser() throws, so the page fails for
// everyone. CLK103 reports the missing middleware; CLK101 does not repeat it.
// ok: CLK101
export default async function Account() {
  const user = await currentUser()
  return <p>{user?.firstName}</p>
}
