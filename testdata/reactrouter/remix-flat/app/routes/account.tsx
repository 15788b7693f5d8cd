import { UserProfile } from '@clerk/remix'

export default function Account() {
  // ruleid: CLK401
  return <UserProfile />
}
