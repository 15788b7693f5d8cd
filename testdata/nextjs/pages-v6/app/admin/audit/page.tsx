import { auth } from '@clerk/nextjs/server'

// Returns a sign-in prompt before loading anything: a return exits the page.
// ok: CLK101, CLK102
export default async function Audit() {
  const { isAuthenticated } = await auth()
  if (!isAuthenticated) {
    return <p>Sign in to view the audit log</p>
  }
  return <p>audit log</p>
}
