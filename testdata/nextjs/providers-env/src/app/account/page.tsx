import { UserProfile } from '@clerk/nextjs'

// ok: CLK101, CLK102, CLK401
export default function AccountPage() {
  return <UserProfile routing="hash" />
}
