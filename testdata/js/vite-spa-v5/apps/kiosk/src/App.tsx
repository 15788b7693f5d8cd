import { SignInButton, useUser } from '@clerk/clerk-react'

export function App() {
  const { user } = useUser()
  // ok: CLK401
  return user ? <p>{user.fullName}</p> : <SignInButton />
}
