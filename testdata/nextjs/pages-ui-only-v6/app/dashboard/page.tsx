'use client'
import { SignedIn, SignedOut, RedirectToSignIn } from '@clerk/nextjs'

// Gated in the browser only, but the page is client code with no server
// layout loading data for it: every visitor gets the same empty shell. What
// it shows would come from APIs, which are judged on their own.
// ok: CLK101
export default function Dashboard() {
  return (
    <>
      <SignedIn>dashboard</SignedIn>
      <SignedOut><RedirectToSignIn /></SignedOut>
    </>
  )
}
