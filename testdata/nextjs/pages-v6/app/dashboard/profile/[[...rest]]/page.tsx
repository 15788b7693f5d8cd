import { UserProfile } from '@clerk/nextjs'

// Only Clerk's account screen: it loads the profile from Clerk with the
// visitor's own session, so there is nothing of the app's to protect.
// ok: CLK101
export default function ProfilePage() {
  return <UserProfile path="/dashboard/profile" />
}
