'use client'
import { SignedIn, SignedOut, RedirectToSignIn } from '@clerk/nextjs'

// The frontend-only auth mistake: nothing on the server requires a session
// for /dashboard (there is no clerkMiddleware at all).
// ruleid: CLK101
export default function Dashboard() {
  return (
    <>
      <SignedIn>dashboard</SignedIn>
      <SignedOut><RedirectToSignIn /></SignedOut>
    </>
  )
}
