import { SignedIn, SignedOut, SignInButton } from '@clerk/nextjs'

// The home page is public (and not in protected-pages).
// ok: CLK101
export default function Home() {
  return (
    <main>
      <SignedOut><SignInButton /></SignedOut>
      <SignedIn><a href="/dashboard">Dashboard</a></SignedIn>
    </main>
  )
}
