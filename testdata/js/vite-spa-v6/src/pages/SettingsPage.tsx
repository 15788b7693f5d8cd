import { UserProfile } from '@clerk/react'

export default function () {
  // ok: CLK401
  return <UserProfile path="/settings" />
}
