'use client'

import { SignedIn, SignedOut, SignInButton, UserButton, useAuth } from '@clerk/nextjs'
import type { User } from '@clerk/backend'
import { jwtDecode } from 'jwt-decode'
import { useEffect, useState } from 'react'

export type NavUser = Pick<User, 'id' | 'firstName'>

// ok: CLK004, CLK401
export function Nav() {
  const { getToken, isSignedIn } = useAuth()
  const [expiresIn, setExpiresIn] = useState<number | null>(null)

  useEffect(() => {
    if (!isSignedIn) return
    getToken().then((token) => {
      if (!token) return
      const { exp } = jwtDecode<{ exp: number }>(token)
      setExpiresIn(exp - Math.floor(Date.now() / 1000))
    })
  }, [getToken, isSignedIn])

  return (
    <nav>
      <SignedOut>
        <SignInButton mode="modal" />
      </SignedOut>
      <SignedIn>
        <UserButton userProfileMode="modal" />
        {expiresIn !== null && <small>session token refreshes in {expiresIn}s</small>}
      </SignedIn>
    </nav>
  )
}
