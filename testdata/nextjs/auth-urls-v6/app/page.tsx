import { SignInButton } from '@clerk/nextjs'

export default function Home() {
  // ok: CLK402
  return <SignInButton forceRedirectUrl="/dashboard" />
}
