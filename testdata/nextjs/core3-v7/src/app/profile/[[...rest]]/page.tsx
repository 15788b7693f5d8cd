import { UserProfile } from '@clerk/nextjs'
import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK401
export default async function ProfilePage() {
  await auth.protect()
  return <UserProfile path="/profile" />
}
