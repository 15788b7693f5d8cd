// A server component in a Next.js 14 app (Clerk v5): reads stay on the server.
// ruleid: CLK103
import { currentUser } from '@clerk/nextjs/server'

export default async function Page() {
  const user = await currentUser()
  // ok: CLK004
  const configured = Boolean(process.env.CLERK_SECRET_KEY)
  return <p>{user?.id} {String(configured)}</p>
}
