import { SignInButton } from '@clerk/nextjs'

// SignInButton needs a <ClerkProvider> above it, which no layout of this app renders (CLK701 on app/layout.tsx).
// ok: CLK101
export default function Home() {
  return <SignInButton />
}
