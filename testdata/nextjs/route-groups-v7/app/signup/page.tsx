'use client'

import { ClerkProvider, SignUp } from '@clerk/nextjs'

// ok: CLK004, CLK101, CLK102, CLK401
export default function Signup() {
  return (
    <ClerkProvider>
      <SignUp routing="virtual" />
    </ClerkProvider>
  )
}
