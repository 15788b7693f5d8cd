import { UserProfile } from '@clerk/react-router'

// ok: CLK401, CLK701
export default function Account() {
  return <UserProfile routing="hash" />
}
