import { UserProfile } from '@clerk/remix'

// ok: CLK401
export default function Account() {
  return <UserProfile routing="hash" />
}
