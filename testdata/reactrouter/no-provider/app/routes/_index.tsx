import { SignedIn, SignedOut, SignInButton, UserButton } from '@clerk/react-router'

// ok: CLK401
export default function Home() {
  return (
    <header>
      <SignedOut><SignInButton /></SignedOut>
      <SignedIn><UserButton /></SignedIn>
    </header>
  )
}
