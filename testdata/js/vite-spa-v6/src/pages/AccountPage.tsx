import { UserProfile } from '@clerk/react'

export function AccountPage() {
  // Reported on the route in App.tsx, which matches /account only.
  // ok: CLK401
  return <UserProfile path="/account" />
}
