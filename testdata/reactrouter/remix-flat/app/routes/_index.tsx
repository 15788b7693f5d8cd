import { SignedIn, SignedOut, SignInButton } from '@clerk/remix'

// ok: CLK101
export default function Index() {
  return (
    <>
      <SignedOut><SignInButton /></SignedOut>
      <SignedIn>Welcome back</SignedIn>
    </>
  )
}
