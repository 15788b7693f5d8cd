'use client'

import { ClerkProvider, SignIn } from '@clerk/nextjs'

// ok: CLK004, CLK101, CLK102, CLK401
export default function Login() {
  return (
    <ClerkProvider>
      <SignIn routing="hash" />
    </ClerkProvider>
  )
}
