'use client'

import { SignInButton, SignedIn, SignedOut, UserButton, useUser } from '@clerk/nextjs'

// ok: CLK004, CLK401
export function Shell({ children }: { children: React.ReactNode }) {
  const { user } = useUser()
  return (
    <div>
      <header>
        <SignedOut>
          <SignInButton />
        </SignedOut>
        <SignedIn>
          <span>{user?.firstName}</span>
          <UserButton />
        </SignedIn>
      </header>
      {children}
    </div>
  )
}
