import { SignedIn, SignedOut, SignInButton, UserButton } from '@clerk/nextjs'

// ok: CLK101
export default function Home() {
  return (
    <main>
      <SignedOut>
        <SignInButton />
      </SignedOut>
      <SignedIn>
        <UserButton />
      </SignedIn>
    </main>
  )
}
