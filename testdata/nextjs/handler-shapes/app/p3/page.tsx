import { auth } from '@clerk/nextjs/server'
import { unauthorized } from 'next/navigation'

// ok: CLK101, CLK102
export default async function Page() {
  const { isAuthenticated } = await auth()
  if (!isAuthenticated) {
    unauthorized()
  }
  return <div>secret</div>
}
